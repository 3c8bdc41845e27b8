package nl.werkbank.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrganisationJoinRequestRepository implements PanacheRepositoryBase<OrganisationJoinRequest, UUID> {

    public List<OrganisationJoinRequest> toOrganisation(UUID organisationId) {
        return list("organisationId = ?1 ORDER BY createdAt, id", organisationId);
    }

    public void deleteOfSubject(UUID subjectId) {
        delete("subjectId", subjectId);
    }
}

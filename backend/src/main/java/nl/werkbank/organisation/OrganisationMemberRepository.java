package nl.werkbank.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationMemberRepository implements PanacheRepositoryBase<OrganisationMember, UUID> {

    public List<OrganisationMember> of(UUID organisationId) {
        return list("organisation.id = ?1 ORDER BY joinedAt, memberId", organisationId);
    }

    public Optional<OrganisationMember> findByMemberId(UUID memberId) {
        return find("memberId", memberId).firstResultOptional();
    }

    public long countOf(UUID organisationId) {
        return count("organisation.id", organisationId);
    }
}

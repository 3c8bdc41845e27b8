package nl.werkbank.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationInvitationRepository implements PanacheRepositoryBase<OrganisationInvitation, UUID> {

    public Optional<OrganisationInvitation> findByTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public List<OrganisationInvitation> pending(UUID organisationId, Instant now) {
        return list("organisationId = ?1 AND expiresAt > ?2 ORDER BY createdAt DESC, id", organisationId, now);
    }

    public List<OrganisationInvitation> sentBy(UUID subjectId) {
        return list("inviterSubjectId", subjectId);
    }

    public void deleteExpired(Instant now) {
        delete("expiresAt <= ?1", now);
    }
}

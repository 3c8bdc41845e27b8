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

    /**
     * S-4: takes the invitation away and says whether this call did; of two acceptances at once
     * the second waits for the first and then finds nothing to delete.
     */
    public boolean consume(UUID invitationId) {
        return delete("id", invitationId) == 1;
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

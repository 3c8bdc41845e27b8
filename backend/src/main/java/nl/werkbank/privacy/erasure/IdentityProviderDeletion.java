package nl.werkbank.privacy.erasure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The login of an erased account that the identity provider has not yet confirmed deleting. The
 * erasure is done in the database at once; only this call is retried, until it succeeds.
 */
@Entity
@Table(name = "identity_provider_deletion")
public class IdentityProviderDeletion extends PanacheEntityBase {

    @Id
    @Column(name = "oidc_subject")
    public String oidcSubject;

    @Column(name = "subject_ref", nullable = false)
    public UUID subjectRef;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** Why the last attempt failed, without personal data. */
    @Column(name = "last_error")
    public String lastError;
}

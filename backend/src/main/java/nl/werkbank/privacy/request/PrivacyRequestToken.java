package nl.werkbank.privacy.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A capability link of a request by e-mail (D-1); only the SHA-256 of the token is kept. */
@Entity
@Table(name = "privacy_request_token")
public class PrivacyRequestToken extends PanacheEntityBase {

    public enum Purpose {
        /** Mailed to the address: confirms it, once. */
        CONFIRM,
        /** Shown once in the answer to the confirmation: shows the request's state. */
        STATUS,
        /** Mailed when the archive is ready: downloads it, while it is kept. */
        DOWNLOAD
    }

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;
}

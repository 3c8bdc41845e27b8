package nl.werkbank.privacy.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** D-3: the encrypted archive that answers an access or portability request, kept 7 days. */
@Entity
@Table(name = "privacy_export")
public class PrivacyExport extends PanacheEntityBase {

    static final Duration KEPT = Duration.ofDays(7);

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}

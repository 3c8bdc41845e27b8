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

/** One step in the history of a request, as the subject sees it (D-2). */
@Entity
@Table(name = "privacy_request_step")
public class PrivacyRequestStep extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Set by the database: the order of steps taken in one transaction, at one instant. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestEvent event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    /** The privacy officer's reason for an extension or a rejection, told to the subject. */
    public String reason;
}

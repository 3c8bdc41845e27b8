package nl.werkbank.subject;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.werkbank.common.Language;

/** A person whose data we hold, and the state that governs processing of that data. */
@Entity
@Table(name = "subject")
public class Subject extends PanacheEntityBase {

    public enum Kind {
        ACCOUNT,
        EMAIL_IDENTITY
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Language language;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** T-2: logins, updates, responses, replies, click-throughs; never the mere opening of a mail. */
    @Column(name = "last_meaningful_contact_at", nullable = false)
    public Instant lastMeaningfulContactAt;

    @Column(name = "restricted_at")
    public Instant restrictedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    /** D-4: when a closed account is due for erasure (the retention sweep erases it then). */
    @Column(name = "erasure_due_at")
    public Instant erasureDueAt;

    /** T-3: when the holder was last warned that their profile expires for inactivity. */
    @Column(name = "inactivity_warned_at")
    public Instant inactivityWarnedAt;

    /** T-3: a warning sent since the last meaningful contact; a later contact makes it void. */
    boolean warnedSinceLastContact() {
        return inactivityWarnedAt != null && !inactivityWarnedAt.isBefore(lastMeaningfulContactAt);
    }

    /** Counts a contact only when it is newer than the one recorded. */
    void recordMeaningfulContact(Instant at) {
        if (at.isAfter(lastMeaningfulContactAt)) {
            lastMeaningfulContactAt = at;
        }
    }
}

package nl.werkbank.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One release of a subject's personal data to a party outside the platform (D-8). */
@Entity
@Table(name = "disclosure")
public class Disclosure extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Whose data went out; null once that subject is erased (the rest of the record stays, Art. 19). */
    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "subject_erased_at")
    public Instant subjectErasedAt;

    /** Art. 19: the subject's name as the recipient received it, so a notice names whom it is about. */
    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "recipient_organisation_id")
    public UUID recipientOrganisationId;

    @Column(name = "recipient_subject_id")
    public UUID recipientSubjectId;

    /** The kind of receiving party: a {@link Recipient.Kind} code. */
    @Column(name = "recipient_kind", nullable = false)
    public String recipientKind;

    /** The party's name as the subject may see it: an organisation's name, an assignment's title. */
    @Column(name = "recipient_name")
    public String recipientName;

    /** The person who received it on the party's behalf; cleared when that person is erased. */
    @Column(name = "recipient_person")
    public String recipientPerson;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> categories;

    /** A {@link DisclosurePurpose} code. */
    @Column(nullable = false)
    public String purpose;

    @Column(name = "disclosed_at", nullable = false)
    public Instant disclosedAt;
}

package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A response to an assignment: the platform's own copy for follow-up. */
@Entity
@Table(name = "response")
public class Response extends PanacheEntityBase {

    /** The answer to one requirement question, with the question as it was asked. */
    public record Answer(UUID questionId, String question, String value) {}

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(name = "respondent_subject_id")
    public UUID respondentSubjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseStatus status;

    @Column(name = "respondent_name", nullable = false)
    public String respondentName;

    @Column(name = "respondent_email", nullable = false)
    public String respondentEmail;

    @Column(name = "respondent_phone")
    public String respondentPhone;

    @Column(nullable = false)
    public String motivation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Answer> answers;

    /** erase when the procedure closes; the poster is asked to destroy their copy. */
    @Column(name = "this_assignment_only", nullable = false)
    public boolean thisAssignmentOnly;

    /** D-5: the respondent restricted processing: kept, but the poster no longer sees it. */
    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "cv_file_name")
    public String cvFileName;

    @Column(name = "cv_content_type")
    public String cvContentType;

    @Column(name = "forwarded_at")
    public Instant forwardedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** T-1, R-4: the respondent answered "keep it for a year" to the closing mail's question. */
    @Column(name = "kept_at")
    public Instant keptAt;

    /** the poster's copy of this response in the outbox, redacted when the response is erased. */
    @Column(name = "forwarded_message_id")
    public UUID forwardedMessageId;

    /** the respondent's own copy. */
    @Column(name = "copy_message_id")
    public UUID copyMessageId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    boolean hasCv() {
        return cvFileName != null;
    }

    boolean isActive() {
        return status != ResponseStatus.WITHDRAWN;
    }
}

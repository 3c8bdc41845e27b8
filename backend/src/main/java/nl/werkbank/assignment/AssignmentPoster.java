package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** the identity of someone who posted without an account. */
@Entity
@Table(name = "assignment_poster")
public class AssignmentPoster extends PanacheEntityBase {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String phone;

    @Column(name = "email_verified_at")
    public Instant emailVerifiedAt;
}

package nl.werkbank.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Links a client's login (their subject) to their organisation (O-2). */
@Entity
@Table(name = "organisation_member")
public class OrganisationMember extends PanacheEntityBase {

    @Id
    @Column(name = "subject_id")
    public UUID subjectId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** What colleagues address this member by; the subject id never leaves the service. */
    @Column(name = "member_id", nullable = false, unique = true)
    public UUID memberId;

    /** The name from the member's login when they joined; absent for members from before O-2. */
    @Column(name = "display_name")
    public String displayName;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}

package nl.werkbank.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** O-2: a client asked to join an organisation; a member approves or declines. */
@Entity
@Table(name = "organisation_join_request")
public class OrganisationJoinRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "subject_id", nullable = false, unique = true)
    public UUID subjectId;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

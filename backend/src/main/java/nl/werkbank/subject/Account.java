package nl.werkbank.subject;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The identity-provider login of a subject. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @Column(name = "subject_id")
    public UUID subjectId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "subject_id")
    public Subject subject;

    @Column(name = "oidc_subject", nullable = false, unique = true)
    public String oidcSubject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

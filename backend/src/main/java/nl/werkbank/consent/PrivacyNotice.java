package nl.werkbank.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** C-3: one published version of the privacy notice, in both languages. */
@Entity
@Table(name = "privacy_notice")
public class PrivacyNotice extends PanacheEntityBase {

    @Id
    public int version;

    @Column(name = "text_nl", nullable = false)
    public String textNl;

    @Column(name = "text_en", nullable = false)
    public String textEn;

    /** A material change asks everyone with a consent given under an older version to confirm it. */
    @Column(nullable = false)
    public boolean material;

    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}

package nl.werkbank.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkbank.common.Language;
import nl.werkbank.common.Text;

/** C-1: a purpose of processing with its legal basis; reference data, written by migrations only. */
@Entity
@Table(name = "consent_purpose")
public class ConsentPurpose extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    @Column(nullable = false)
    public boolean refusable;

    /** C-5: an objection to direct marketing is honoured without exception. */
    @Column(name = "direct_marketing", nullable = false)
    public boolean directMarketing;

    @Column(nullable = false)
    public int position;

    @Column(name = "name_nl", nullable = false)
    public String nameNl;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "explanation_nl", nullable = false)
    public String explanationNl;

    @Column(name = "explanation_en", nullable = false)
    public String explanationEn;

    String name(Language language) {
        return Text.of(nameEn, nameNl).in(language);
    }

    String explanation(Language language) {
        return Text.of(explanationEn, explanationNl).in(language);
    }

    /** Whether processing may go on when the person's newest decision is {@code latest} (none: null). */
    boolean allows(ConsentDecision latest) {
        return switch (legalBasis) {
            case CONTRACT, LEGAL_OBLIGATION -> true;
            case CONSENT -> latest == ConsentDecision.GRANTED;
            case SOFT_OPT_IN, LEGITIMATE_INTEREST -> latest == null || latest == ConsentDecision.GRANTED;
        };
    }

    /** C-5: objection applies to legitimate-interest processing and to any direct marketing. */
    boolean objectable() {
        return directMarketing || legalBasis == LegalBasis.LEGITIMATE_INTEREST || legalBasis == LegalBasis.SOFT_OPT_IN;
    }
}

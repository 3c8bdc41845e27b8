package nl.werkbank.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * T-5: holds on a subject. The subject sees in an export that and when their data was held, not
 * the privacy officer's notes on the case (Art. 15(4), 23(1)(j): the defence of legal claims).
 * Erasure never meets an active hold (ErasureService refuses a held subject); it removes the
 * released ones.
 */
@ApplicationScoped
class LegalHoldDataHandler implements PersonalDataHandler {

    private final LegalHoldRepository holds;

    LegalHoldDataHandler(LegalHoldRepository holds) {
        this.holds = holds;
    }

    record HoldExport(Instant placedAt, Instant releasedAt) {}

    @Override
    public String category() {
        return "legal-holds";
    }

    @Override
    public Set<String> tables() {
        return Set.of("legal_hold");
    }

    @Override
    public Object export(UUID subjectId) {
        return holds.ofSubject(subjectId).stream()
                .map(h -> new HoldExport(h.placedAt, h.releasedAt))
                .toList();
    }

    @Override
    public void erase(UUID subjectId) {
        holds.delete("subjectId = ?1 AND releasedAt IS NOT NULL", subjectId);
    }
}

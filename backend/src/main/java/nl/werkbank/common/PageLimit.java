package nl.werkbank.common;

import jakarta.enterprise.context.ApplicationScoped;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;

/** Checks the {@code limit} parameter of list endpoints against the configured bounds. */
@ApplicationScoped
public class PageLimit {

    private final WerkbankConfig config;

    PageLimit(WerkbankConfig config) {
        this.config = config;
    }

    public int resolve(Integer requested) {
        if (requested == null) {
            return config.keyset().defaultLimit();
        }
        int max = config.keyset().maxLimit();
        if (requested < 1 || requested > max) {
            throw ProblemException.invalid(
                    "limit",
                    FieldCode.RANGE,
                    Text.of("must be between 1 and " + max, "moet tussen 1 en " + max + " liggen"));
        }
        return requested;
    }
}

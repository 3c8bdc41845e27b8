package nl.werkbank.subject;

import java.util.Set;
import java.util.UUID;

/**
 * What every feature that stores personal data provides (ARCHITECTURE §2). Access,
 * portability, erasure, restriction and retention iterate over all handlers, so a feature is
 * covered from the day it registers one; {@link PersonalDataCoverage} refuses to start the
 * application while a table with a {@code subject_id} column has no handler.
 */
public interface PersonalDataHandler {

    /** Name of the data category, as it appears in exports and in the disclosure register. */
    String category();

    /** The tables whose {@code subject_id} rows this handler exports and erases. */
    Set<String> tables();

    /** Everything this feature holds about the subject, as a JSON-ready value. */
    Object export(UUID subjectId);

    /** Removes what this feature holds about the subject, inside the caller's transaction. */
    void erase(UUID subjectId);

    /**
     * The e-mail addresses of the subject this feature holds, read before erasure so the
     * suppression list can keep their keyed hashes (D-4, C-5).
     */
    default Set<String> mailAddresses(UUID subjectId) {
        return Set.of();
    }

    /**
     * The subjects this feature holds under this e-mail address (any case), for erasure of people
     * without an account by a verified address; SubjectService keeps only e-mail identities.
     */
    default Set<UUID> subjectsWithAddress(String address) {
        return Set.of();
    }

    /**
     * D-5: keep the data but stop processing it (search, matching, showing it to others).
     * Features that only store data for the subject themselves have nothing to stop.
     */
    default void restrict(UUID subjectId) {}

    /** Ends a restriction started by {@link #restrict}. */
    default void lift(UUID subjectId) {}
}

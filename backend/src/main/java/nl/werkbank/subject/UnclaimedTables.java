package nl.werkbank.subject;

import java.util.Map;

/**
 * D-4: the tables of a feature that no {@link PersonalDataHandler} claims, each with the reason
 * erasure may leave them alone (they hold no personal data, or only keyed hashes or pseudonymous
 * ids that point at nobody once the subject is erased). Together with the handlers' tables
 * this classifies every table; {@link PersonalDataCoverage#unclassifiedTables()} finds a new one.
 */
public interface UnclaimedTables {

    /** Table name to the reason it holds nothing erasure must remove. */
    Map<String, String> reasons();
}

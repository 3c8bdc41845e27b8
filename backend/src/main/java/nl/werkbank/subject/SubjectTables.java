package nl.werkbank.subject;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The subject feature's tables that no handler claims (D-4). */
@ApplicationScoped
class SubjectTables implements UnclaimedTables {

    @Override
    public Map<String, String> reasons() {
        return Map.of(
                "subject",
                "the registry row itself (random id, kind, language, dates) identifies nobody;"
                        + " erasure deletes it after every handler (SubjectService.forget)",
                "erased_login",
                "keyed hashes of erased logins' provider ids; the provider deleted those users, so they point"
                        + " at nobody");
    }
}

package nl.werkbank.subject;

import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that every table holding personal data (a {@code subject_id} or {@code <role>_subject_id}
 * column) is claimed by a {@link PersonalDataHandler}.
 */
@ApplicationScoped
@Transactional
public class PersonalDataCoverage {

    private final List<PersonalDataHandler> handlers;
    private final List<UnclaimedTables> unclaimed;
    private final EntityManager entityManager;

    PersonalDataCoverage(
            @All List<PersonalDataHandler> handlers,
            @All List<UnclaimedTables> unclaimed,
            EntityManager entityManager) {
        this.handlers = handlers;
        this.unclaimed = unclaimed;
        this.entityManager = entityManager;
    }

    /** A table nobody exports or erases would break every data-subject right: refuse to run. */
    void verifyAtStartup(@Observes StartupEvent event) {
        Set<String> unclaimed = tablesWithoutHandler();
        if (!unclaimed.isEmpty()) {
            throw new IllegalStateException("Tables with a subject_id column but no PersonalDataHandler: " + unclaimed);
        }
    }

    public Set<String> tablesWithoutHandler() {
        Set<String> unclaimed = new TreeSet<>(tablesWithSubjectId());
        handlers.forEach(handler -> unclaimed.removeAll(handler.tables()));
        return unclaimed;
    }

    /**
     * D-4: personal data need not sit in a {@code subject_id} column (a CV attached to a mail, a
     * name in a copy): every table must be claimed by a handler or declared unclaimed with a
     * reason. Flyway's own history is the only exception.
     */
    public Set<String> unclassifiedTables() {
        Set<String> unclassified = new TreeSet<>(allTables());
        handlers.forEach(handler -> unclassified.removeAll(handler.tables()));
        unclaimed.forEach(declared -> unclassified.removeAll(declared.reasons().keySet()));
        return unclassified;
    }

    /** Tables both claimed by a handler and declared unclaimed: one of the two is wrong. */
    public Set<String> claimedAndDeclaredUnclaimed() {
        Set<String> claimed = new TreeSet<>();
        handlers.forEach(handler -> claimed.addAll(handler.tables()));
        Set<String> both = new TreeSet<>();
        unclaimed.forEach(declared ->
                declared.reasons().keySet().stream().filter(claimed::contains).forEach(both::add));
        return both;
    }

    @SuppressWarnings("unchecked")
    private List<String> allTables() {
        return entityManager.createNativeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND table_name <> 'flyway_schema_history'
                """).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> tablesWithSubjectId() {
        return entityManager.createNativeQuery("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE (c.column_name = 'subject_id' OR c.column_name LIKE '%\\_subject\\_id') AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                """).getResultList();
    }
}

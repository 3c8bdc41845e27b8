package nl.werkbank.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Read scaling (S-8, issue 14): the heavy public reads (the job-board feed and the public
 * assignment search) run on the {@code replica} datasource, a PostgreSQL streaming replica in
 * production and the primary's own URL when none is configured.
 *
 * <p>The work gets a Hibernate session of the application's one persistence unit, opened on a
 * connection of the replica in a read-only transaction: the same entity mappings and native SQL
 * as on the primary, without a second persistence unit (Panache entities belong to exactly one).
 * The session does not join the JTA transaction of the caller (the replica's pool does not take
 * part in transactions), so what it reads is never flushed and cannot lock anything on the
 * primary. Entities it returns are detached once {@link #read} returns.
 */
@ApplicationScoped
public class ReadReplica {

    private final AgroalDataSource replica;
    private final SessionFactory sessionFactory;

    ReadReplica(@DataSource("replica") AgroalDataSource replica, SessionFactory sessionFactory) {
        this.replica = replica;
        this.sessionFactory = sessionFactory;
    }

    /** Runs {@code work} in one read-only transaction on the replica (one snapshot of its data). */
    public <T> T read(Function<EntityManager, T> work) {
        try (Connection connection = replica.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Session session = sessionFactory
                    .withOptions()
                    .connection(connection)
                    .autoJoinTransactions(false)
                    .flushMode(FlushMode.MANUAL)
                    .openSession()) {
                session.setDefaultReadOnly(true);
                T result = work.apply(session);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading from the replica datasource failed", e);
        }
    }
}

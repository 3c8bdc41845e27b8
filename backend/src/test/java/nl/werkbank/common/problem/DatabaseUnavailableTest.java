package nl.werkbank.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** S-7 (issue 15): which failures mean "the database cannot be reached" (503), which are bugs (500). */
class DatabaseUnavailableTest {

    @Test
    void theFailuresOfAnUnreachableDatabaseAreRecognisedWhereverTheyAreWrapped() {
        PSQLException refused = new PSQLException(
                "Connection to 127.0.0.1:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        PSQLException broken = new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE);
        SQLException shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");
        SQLException startingUp = new SQLException("the database system is starting up", "57P03");
        SQLException poolTimeout = new SQLException("Sorry, acquisition timeout!");

        assertThat(DatabaseUnavailable.causedBy(refused)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new PersistenceException(new JDBCConnectionException("x", broken))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new PersistenceException(shuttingDown))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("commit failed", startingUp)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new PersistenceException("no connection", poolTimeout)))
                .isTrue();
        RuntimeException rollbackFailed = new RuntimeException("rollback");
        rollbackFailed.addSuppressed(broken);
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
        // what Narayana throws when the commit itself loses the connection (seen by make test-faults)
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction");
        commitFailed.initCause(broken);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commitFailed);
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void faultsOfTheRequestOrTheCodeAreNot() {
        SQLException duplicate = new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION);
        assertThat(DatabaseUnavailable.causedBy(new ConstraintViolationException("x", duplicate, "uk")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new PSQLException("syntax", PSQLState.SYNTAX_ERROR)))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
        RuntimeException loop = new RuntimeException("a cause chain that loops");
        RuntimeException other = new RuntimeException(loop);
        loop.initCause(other);
        assertThat(DatabaseUnavailable.causedBy(loop)).isFalse();
    }
}

package nl.werkbank.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;

/**
 * S-7 (issue 15): tells a failure to reach PostgreSQL from a fault of the request or the code.
 * While the database is down, stopping or starting, every request that needs it fails with one of
 * these somewhere in its cause chain; the caller should try again later (503 with Retry-After),
 * not report a bug (500). Nothing was committed when they occur before the commit, and the
 * {@code Idempotency-Key} makes a retry of a write safe when the outcome of a commit is unknown.
 */
public final class DatabaseUnavailable {

    /** How long a client waits before it tries again: about as long as PostgreSQL takes to restart. */
    public static final long RETRY_AFTER_SECONDS = 5;

    /** The pool's answer when no connection could be had within its acquisition timeout. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {}

    /**
     * True when {@code failure}, one of its causes or an exception suppressed on the way (a failed
     * commit's XAException is suppressed on the RollbackException), says that the database could
     * not be reached.
     */
    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (seen.put(next, true) != null) {
                continue;
            }
            if (isConnectionFailure(next)) {
                return true;
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
            for (Throwable suppressed : next.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof JDBCConnectionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                // 08: connection exception; 57P01..57P03: the server is shutting down, crashed or
                // is not accepting connections yet (starting up, recovering)
                return true;
            }
            String message = sql.getMessage();
            return message != null && message.toLowerCase(java.util.Locale.ROOT).contains(ACQUISITION_TIMEOUT);
        }
        return false;
    }
}

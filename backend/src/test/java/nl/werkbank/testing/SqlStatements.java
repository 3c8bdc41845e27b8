package nl.werkbank.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Issue 14: the SQL every statement Hibernate prepares (entity loads, JPQL and native queries),
 * recorded while a test asks for it. Only on the test class path: production has no inspector.
 * Statements issued on a bare JDBC connection (the feed's rate limit) are not seen here.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private final Queue<String> recorded = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            recorded.add(sql);
        }
        return sql;
    }

    /** The statements prepared while {@code action} ran, in order. Tests run one at a time. */
    public synchronized List<String> during(Runnable action) {
        recorded.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        List<String> statements = new ArrayList<>(recorded);
        recorded.clear();
        return statements;
    }
}

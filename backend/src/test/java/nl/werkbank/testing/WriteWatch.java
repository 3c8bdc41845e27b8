package nl.werkbank.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Notes every committed row write (insert, update, delete) in every application table, so a test
 * can ask what a request changed: a row trigger writes the table and operation into a table of its
 * own, in the writing transaction, so a rolled-back write leaves no note and a half-saved one does.
 * Exact per request, unlike pg_stat counters, which are flushed late and count rolled-back rows.
 */
public final class WriteWatch implements AutoCloseable {

    private static final String NOTES = "test_write_note";
    private static final String TRIGGER = "test_write_watch";

    private final DataSource dataSource;
    private final List<String> tables;

    private WriteWatch(DataSource dataSource, List<String> tables) {
        this.dataSource = dataSource;
        this.tables = tables;
    }

    /** Installs the triggers on every table of the application's schema. */
    public static WriteWatch install(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE UNLOGGED TABLE IF NOT EXISTS " + NOTES + " (table_name text, operation text)");
            statement.execute("CREATE OR REPLACE FUNCTION " + TRIGGER + "() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN INSERT INTO " + NOTES + " VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname ="
                    + " current_schema() AND tablename NOT IN ('" + NOTES + "', 'flyway_schema_history')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("DROP TRIGGER IF EXISTS " + TRIGGER + " ON " + table);
                statement.execute("CREATE TRIGGER " + TRIGGER + " AFTER INSERT OR UPDATE OR DELETE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION " + TRIGGER + "()");
            }
            statement.execute("TRUNCATE " + NOTES);
            return new WriteWatch(dataSource, tables);
        } catch (SQLException e) {
            throw new IllegalStateException("could not install the write watch", e);
        }
    }

    public int tableCount() {
        return tables.size();
    }

    /** Rows written since the last call, as "table operation" → count; forgets them. */
    public Map<String, Integer> takeWrites() {
        Map<String, Integer> writes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "DELETE FROM " + NOTES + " RETURNING table_name || ' ' || lower(operation)")) {
                while (rows.next()) {
                    writes.merge(rows.getString(1), 1, Integer::sum);
                }
            }
            return writes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes the triggers and the notes, so later tests see the schema Flyway made. */
    @Override
    public void close() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("DROP TRIGGER IF EXISTS " + TRIGGER + " ON " + table);
            }
            statement.execute("DROP FUNCTION IF EXISTS " + TRIGGER + "()");
            statement.execute("DROP TABLE IF EXISTS " + NOTES);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

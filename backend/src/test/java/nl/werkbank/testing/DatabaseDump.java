package nl.werkbank.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The whole test database as text, for residue checks (D-4): {@code pg_dump --data-only} of every
 * table when a pg_dump is installed (Debian's PostgreSQL 15 client dumps the embedded 14 server;
 * the embedded binaries ship no pg_dump), otherwise every row of every table as text over JDBC.
 * Binary columns come out hex-encoded either way, so look for {@link #hex} of a marker too.
 */
public final class DatabaseDump {

    private static final List<Path> PG_DUMPS = List.of(
            Path.of("/usr/lib/postgresql/15/bin/pg_dump"),
            Path.of("/usr/lib/postgresql/16/bin/pg_dump"),
            Path.of("/usr/lib/postgresql/17/bin/pg_dump"),
            Path.of("/usr/bin/pg_dump"));

    private DatabaseDump() {}

    /** Which way {@link #text()} dumps: the pg_dump binary, or "jdbc". */
    public static String method() {
        return pgDump().map(Path::toString).orElse("jdbc");
    }

    public static String text() {
        return pgDump().map(DatabaseDump::withPgDump).orElseGet(DatabaseDump::withJdbc);
    }

    /** How a marker's bytes appear in a dumped bytea value. */
    public static String hex(String marker) {
        return java.util.HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
    }

    private static java.util.Optional<Path> pgDump() {
        return PG_DUMPS.stream().filter(Files::isExecutable).findFirst();
    }

    private static String jdbcUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private static String withPgDump(Path pgDump) {
        URI uri = URI.create(jdbcUrl().substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        try {
            Path out = Files.createTempFile("werkbank-dump-", ".sql");
            Process process = new ProcessBuilder(
                            pgDump.toString(),
                            "--data-only",
                            "--no-owner",
                            "--host=" + uri.getHost(),
                            "--port=" + uri.getPort(),
                            "--username=postgres",
                            "--dbname=" + database,
                            "--file=" + out)
                    .redirectErrorStream(true)
                    .start();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed: " + log);
            }
            String dump = Files.readString(out);
            Files.delete(out);
            return dump;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String withJdbc() {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                            + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                dump.append("-- ").append(table).append('\n');
                try (ResultSet rows = statement.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rows.next()) {
                        dump.append(rows.getString(1)).append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dump.toString();
    }
}

package nl.werkbank.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 16: V115 turns disclosures written as English sentences into codes and names. Runs the
 * real migrations in a database of its own: up to V114, rows as the old code wrote them, then V115.
 */
@QuarkusTest
class DisclosureCodesMigrationTest {

    private final String database = "migration_" + UUID.randomUUID().toString().replace("-", "");
    private PGSimpleDataSource server;
    private PGSimpleDataSource migrated;

    @BeforeEach
    void createDatabase() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        server = new PGSimpleDataSource();
        server.setURL(url);
        server.setUser(user);
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        migrated = new PGSimpleDataSource();
        migrated.setURL(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
        migrated.setUser(user);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void sentencesBecomeKindsNamesAndPurposeCodes() throws SQLException {
        migrateToJustBeforeV115();
        insertOld("Rik Interim BV", "recruitment");
        insertOld("the poster of \"Scrum master \"zaakgericht\" werken\"", "application for an assignment");
        insertOld("Werkbank coach network", "coaching");

        migrateTo("115");

        assertThat(rows())
                .containsExactlyInAnyOrder(
                        "organisation|Rik Interim BV|recruitment",
                        "assignment-poster|Scrum master \"zaakgericht\" werken|application",
                        "coach-network|null|coaching");
    }

    @Test
    void afterTheMigrationOnlyKnownCodesAreAccepted() throws SQLException {
        migrateTo("115");
        try (Connection connection = migrated.getConnection();
                Statement statement = connection.createStatement()) {
            for (String values : List.of(
                    "'the poster of \"X\"', 'partner', 'recruitment'",
                    "'Rik Interim BV', 'organisation', 'application for an assignment'",
                    "NULL, 'organisation', 'recruitment'")) {
                assertThatThrownBy(() -> statement.execute(
                                "INSERT INTO disclosure (id, subject_erased_at, recipient_name, recipient_kind,"
                                        + " purpose, categories, disclosed_at) VALUES (gen_random_uuid(), now(), "
                                        + values + ", ARRAY['name'], now())"))
                        .as(values)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("violates check constraint");
            }
        }
    }

    private void migrateTo(String version) {
        flyway().target(version).load().migrate();
    }

    /** Every migration before V115, however other work numbers its own (V90, V114, …). */
    private void migrateToJustBeforeV115() {
        MigrationVersion v115 = MigrationVersion.fromVersion("115");
        MigrationVersion before = Arrays.stream(flyway().load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> !version.isAtLeast("115"))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(before).isLessThan(v115);
        migrateTo(before.getVersion());
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(migrated).locations("classpath:db/migration");
    }

    /** A row as DisclosureService wrote it before V115 (subject already erased: no other rows needed). */
    private void insertOld(String recipientLabel, String purpose) throws SQLException {
        try (Connection connection = migrated.getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO disclosure (id, subject_erased_at, recipient_label, categories, purpose,"
                                + " disclosed_at) VALUES (?, now(), ?, ARRAY['name'], ?, now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, recipientLabel);
            insert.setString(3, purpose);
            insert.executeUpdate();
        }
    }

    private List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = migrated.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT recipient_kind, recipient_name, purpose FROM disclosure")) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3));
            }
        }
        return rows;
    }
}

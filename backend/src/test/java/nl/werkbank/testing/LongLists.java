package nl.werkbank.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.testing.Actors.Actor;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.Actors.Professional;

/**
 * Issue 14: every list a page-size or query-plan test reads, long enough for the largest page.
 * One of each row is made through the real API (so it is what the application writes); the rest
 * are copies of it made in one statement each, with their own ids, titles, times and addresses.
 *
 * @param tag in the title, description and skills of every assignment, and the skill of every profile
 * @param assignmentId the original assignment, with {@code copies} visitors' responses besides the professional's
 * @param feedCursor the feed's position just before the original assignment: what follows is
 *     the original and its copies, all published
 */
public record LongLists(
        String tag,
        Client client,
        String assignmentId,
        Professional professional,
        Actor jobBoard,
        String feedCursor,
        int copies) {

    /** Builds the lists: {@code copies + 1} of each. */
    public static LongLists create(DataSource dataSource, int copies) {
        String tag = "lang" + UUID.randomUUID().toString().substring(0, 8);
        Client client = Actors.clientOf("Lotte Lijst", "Lijst " + tag, true);
        Map<String, Object> body = AssignmentFixtures.assignment("Projectleider " + tag);
        body.put("description", "Wij zoeken een softwareontwikkelaar voor " + tag + " in Utrecht.");
        body.put("skills", List.of(tag));
        body.put("nameOrganisation", true);
        String assignmentId = AssignmentFixtures.publishedOf(client.actor(), body);
        client.spec()
                .contentType("application/json")
                .body(Map.of("status", "SELECTING", "message", "Gesprekken in week 12."))
                .when()
                .post("/api/v1/managed-assignments/" + assignmentId + "/procedure-updates")
                .then()
                .statusCode(200);
        Map<String, Object> profile = Actors.profileBody("Pieter Lijst", "MEMBERS");
        profile.put("skills", List.of(tag, "prince2"));
        Actor pro = Actors.professional("Pieter Lijst");
        String profileId = Actors.saveProfile(pro, profile);
        Actors.uploadCv(pro, "cv-" + tag);
        Professional professional = new Professional(pro, profileId);
        String responseId = ResponseFixtures.respond(pro, assignmentId, true);

        String feedCursor;
        try (Connection connection = dataSource.getConnection()) {
            feedCursor = feedPositionBefore(connection, assignmentId);
            String copiesOf = " CROSS JOIN generate_series(1, " + copies + ") g";
            insertCopies(
                    connection,
                    "assignment",
                    "FROM assignment src" + copiesOf + " WHERE src.id = '" + assignmentId + "'",
                    Map.of(
                            "id", "md5(src.id::text || g)::uuid",
                            "title", "src.title || ' ' || g",
                            "published_at", "src.published_at - g * interval '1 minute'",
                            "created_at", "src.created_at - g * interval '1 minute'",
                            "rate_max_cents", "src.rate_max_cents + g",
                            "start_date", "src.start_date + g"));
            String copy = "md5('" + assignmentId + "' || g)::uuid";
            insertCopies(
                    connection,
                    "assignment_procedure_update",
                    "FROM assignment_procedure_update src" + copiesOf + " WHERE src.assignment_id = '" + assignmentId
                            + "'",
                    Map.of("id", "gen_random_uuid()", "assignment_id", copy));
            insertCopies(
                    connection,
                    "response",
                    "FROM response src" + copiesOf + " WHERE src.id = '" + responseId + "'",
                    Map.of(
                            "id", "gen_random_uuid()",
                            "assignment_id", copy,
                            "created_at", "src.created_at - g * interval '1 minute'"));
            insertCopies(
                    connection,
                    "response",
                    "FROM response src" + copiesOf + " WHERE src.id = '" + responseId + "'",
                    Map.of(
                            "id", "gen_random_uuid()",
                            "respondent_subject_id", "NULL",
                            "respondent_name", "'Bezoeker ' || g",
                            "respondent_email", "'bezoeker' || g || '." + tag + "@example.nl'",
                            "created_at", "src.created_at + g * interval '1 second'"));
            String subject = "md5('" + tag + "' || g)::uuid";
            String professionalSubject = "(SELECT subject_id FROM profile WHERE id = '" + profileId + "')";
            insertCopies(
                    connection,
                    "subject",
                    "FROM subject src" + copiesOf + " WHERE src.id = " + professionalSubject,
                    Map.of("id", subject));
            insertCopies(
                    connection,
                    "profile",
                    "FROM profile src" + copiesOf + " WHERE src.id = '" + profileId + "'",
                    Map.of(
                            "id", "gen_random_uuid()",
                            "subject_id", subject,
                            "display_name", "'Professional ' || g",
                            "updated_at", "src.updated_at - g * interval '1 minute'"));
            insertCopies(
                    connection,
                    "cv_file",
                    "FROM cv_file src" + copiesOf + " WHERE src.subject_id = " + professionalSubject + " AND g % 2 = 0",
                    Map.of("subject_id", subject));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new LongLists(
                tag, client, assignmentId, professional, Actors.jobBoard("board-" + tag), feedCursor, copies);
    }

    private static String feedPositionBefore(Connection connection, String assignmentId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT changed_at FROM feed_entry WHERE assignment_id = ?")) {
            statement.setObject(1, UUID.fromString(assignmentId));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Instant position = row.getObject(1, OffsetDateTime.class).toInstant();
                return KeysetCursor.after(position, new UUID(0, 0)).encode();
            }
        }
    }

    /** Copies rows in one statement: every column from {@code src} unless overridden by an expression. */
    private static void insertCopies(Connection connection, String table, String from, Map<String, String> overrides)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = ? ORDER BY ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        List<String> values = columns.stream()
                .map(column -> overrides.getOrDefault(column, "src." + column))
                .toList();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                + String.join(", ", columns) + ") SELECT " + String.join(", ", values) + " " + from)) {
            if (insert.executeUpdate() == 0) {
                throw new IllegalStateException("Nothing to copy into " + table);
            }
        }
    }
}

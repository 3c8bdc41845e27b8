package nl.werkbank.privacy.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * D-3: {@code README.md} of an export: what each part of {@code data.json} is and every field in
 * it, taken from the data itself so that a field a feature adds is described from its first export.
 */
final class ExportReadme {

    private static final Map<String, String> CATEGORIES = Map.of(
            "account",
            "Your login: the identity provider's id for you, your name and e-mail address.",
            "profile",
            "Your professional profile and the CV you uploaded for it.",
            "responses",
            "Your responses to assignments: what you wrote, your answers, contact details and CV.",
            "disclosures",
            "Every time your data went to someone outside Werkbank: who, what, why and when.",
            "mail",
            "The e-mails we sent you or queued for you.",
            "assignments-posted",
            "The assignments you posted, and the poster details you gave.",
            "organisation-membership",
            "The organisation you registered or joined as a client.",
            "privacy-requests",
            "Your requests about your data (this one included) and every step in them.",
            "audit-log",
            "What was done with your data and by whom (you, Werkbank staff, Werkbank automatically or a job board),"
                    + " and when you acted on other people's data (without their identifiers).");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("id", "our identifier of the record"),
            Map.entry("createdAt", "when the record was made (UTC, ISO 8601)"),
            Map.entry("updatedAt", "when the record last changed (UTC, ISO 8601)"),
            Map.entry("email", "an e-mail address"),
            Map.entry("phone", "a telephone number"),
            Map.entry("name", "a name"),
            Map.entry("status", "the state the record is in"),
            Map.entry("fileName", "the name of the file as it was uploaded"),
            Map.entry("cvFileName", "the name of the CV file as it was uploaded"),
            Map.entry("cv", "path of the CV file in this archive"),
            Map.entry("content", "path of the file in this archive"),
            Map.entry("answers", "your answers to the assignment's questions"),
            Map.entry("motivation", "what you wrote with your response"),
            Map.entry("recipient", "who received the data"),
            Map.entry("categories", "which kinds of data"),
            Map.entry("purpose", "why the data was given"),
            Map.entry("occurredAt", "when it happened (UTC, ISO 8601)"),
            Map.entry("action", "what was done, as a code"),
            Map.entry("relation", "ABOUT_YOU: done with your data; BY_YOU: something you did"),
            Map.entry("by", "who did it: you, Werkbank staff, Werkbank (automatic) or a job board's client id"),
            Map.entry("details", "identifiers and codes of the records concerned"));

    private ExportReadme() {}

    static String of(JsonNode data) {
        StringBuilder readme = new StringBuilder();
        readme.append("# Your data at Werkbank / Uw gegevens bij Werkbank\n\n")
                .append("Start with STATEMENT.md: what we do with your data and your rights (nl and en).\n")
                .append("Begin met STATEMENT.md: wat we met uw gegevens doen en wat uw rechten zijn (nl en en).\n\n")
                .append("- `data.json`: everything we hold about you, one key per kind of data (below).\n")
                .append("- `files/`: the original files (CVs) as uploaded; data.json names each one's path.\n\n")
                .append("Times are UTC in ISO 8601. An empty list or `null` means we hold nothing of that kind.\n\n");
        data.properties().forEach(category -> {
            readme.append("## ").append(category.getKey()).append("\n\n");
            readme.append(CATEGORIES.getOrDefault(category.getKey(), "Data of the " + category.getKey() + " feature."))
                    .append("\n\n");
            Map<String, String> fields = new TreeMap<>();
            collect(category.getKey(), category.getValue(), fields);
            if (fields.isEmpty()) {
                readme.append("Nothing held.\n\n");
                return;
            }
            readme.append("| field | type | meaning |\n|---|---|---|\n");
            fields.forEach((path, type) -> readme.append("| `")
                    .append(path)
                    .append("` | ")
                    .append(type)
                    .append(" | ")
                    .append(FIELDS.getOrDefault(lastSegment(path), ""))
                    .append(" |\n"));
            readme.append('\n');
        });
        return readme.toString();
    }

    private static void collect(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            node.properties().forEach(field -> collect(path + "." + field.getKey(), field.getValue(), fields));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                fields.putIfAbsent(path, "list");
            }
            node.forEach(element -> collect(path + "[]", element, fields));
        } else if (!node.isNull()) {
            fields.put(path, node.isNumber() ? "number" : node.isBoolean() ? "true/false" : "text");
        } else {
            fields.putIfAbsent(path, "text (may be empty)");
        }
    }

    private static String lastSegment(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.endsWith("[]") ? last.substring(0, last.length() - 2) : last;
    }
}

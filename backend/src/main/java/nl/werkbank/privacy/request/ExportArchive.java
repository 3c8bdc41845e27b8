package nl.werkbank.privacy.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * D-3: everything every {@link PersonalDataHandler} holds about a subject, as an AES-256
 * encrypted ZIP: {@code STATEMENT.md} (Art. 15(1), nl and en), {@code README.md} (the fields),
 * {@code data.json} (one key per handler category) and the original files under {@code files/}.
 *
 * <p>ZIP encryption hides contents, not entry names, so the files get neutral names
 * ({@code files/responses/1.pdf}); their original names stay inside the encrypted data.json.
 */
@ApplicationScoped
public class ExportArchive {

    static final String FILE_NAME = "werkbank-data.zip";

    /** No look-alike characters: the password is read off a screen and typed. */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private static final int PASSWORD_LENGTH = 24;

    private final List<PersonalDataHandler> handlers;
    private final ObjectMapper json;
    private final ExportStatement statement;
    private final SecureRandom random = new SecureRandom();

    ExportArchive(@All List<PersonalDataHandler> handlers, ObjectMapper json, ExportStatement statement) {
        this.handlers = handlers;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.statement = statement;
    }

    /** The encrypted archive and the password that opens it; the caller stores only the archive. */
    public record Built(byte[] archive, String password) {}

    private record File(String path, byte[] content) {}

    Built build(UUID subjectId) {
        return build(List.of(subjectId));
    }

    /**
     * One archive for several subjects of one person: the e-mail identities tied to an address
     * (D-1). Each category holds what its handler exports for the subject; for several, their
     * lists are joined and other values listed, so the archive has the same keys either way.
     */
    Built build(List<UUID> subjectIds) {
        ObjectNode data = json.createObjectNode();
        List<File> files = new ArrayList<>();
        handlers.stream()
                .sorted(Comparator.comparing(PersonalDataHandler::category))
                .forEach(handler -> {
                    JsonNode exported = exportOf(handler, subjectIds);
                    data.set(handler.category(), extractFiles(handler.category(), exported, files));
                });
        String password = newPassword();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("STATEMENT.md", utf8(statement.of(data)));
        entries.put("README.md", utf8(ExportReadme.of(data)));
        try {
            entries.put("data.json", json.writeValueAsBytes(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.forEach(file -> entries.put(file.path(), file.content()));
        return new Built(encrypt(entries, password), password);
    }

    private JsonNode exportOf(PersonalDataHandler handler, List<UUID> subjectIds) {
        if (subjectIds.size() == 1) {
            return json.valueToTree(handler.export(subjectIds.getFirst()));
        }
        ArrayNode joined = json.createArrayNode();
        for (UUID subjectId : subjectIds) {
            JsonNode exported = json.valueToTree(handler.export(subjectId));
            if (exported.isArray()) {
                joined.addAll((ArrayNode) exported);
            } else if (!exported.isNull() && !exported.isMissingNode()) {
                joined.add(exported);
            }
        }
        return joined;
    }

    /**
     * Moves every binary value (a CV, for one) out of the JSON into a file of its own and puts the
     * file's path in its place, so the original file is in the archive as it was uploaded.
     */
    private JsonNode extractFiles(String category, JsonNode node, List<File> files) {
        if (node.isBinary()) {
            throw new IllegalStateException("a bare file is exported without a name");
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (value.isBinary()) {
                    String path = "files/" + category + "/" + (files.size() + 1) + extensionOf(object);
                    try {
                        files.add(new File(path, value.binaryValue()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    object.put(field.getKey(), path);
                } else {
                    extractFiles(category, value, files);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> extractFiles(category, element, files));
        }
        return node;
    }

    /** The extension of the original file name beside the file ({@code fileName} or {@code cvFileName}). */
    private static String extensionOf(ObjectNode owner) {
        String name = owner.path("fileName").asText(owner.path("cvFileName").asText(""));
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase();
        return extension.matches("\\.[a-z0-9]{1,5}") ? extension : ".bin";
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static byte[] encrypt(Map<String, byte[]> entries, String password) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, password.toCharArray())) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipParameters parameters = new ZipParameters();
                parameters.setFileNameInZip(entry.getKey());
                parameters.setCompressionMethod(CompressionMethod.DEFLATE);
                parameters.setEncryptFiles(true);
                parameters.setEncryptionMethod(EncryptionMethod.AES);
                parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
                zip.putNextEntry(parameters);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

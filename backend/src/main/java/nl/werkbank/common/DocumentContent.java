package nl.werkbank.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;

/**
 * P-3, S-4: decides what an uploaded document (a CV) is from its bytes, never from the name or
 * content type the client sent. Only PDF and Word (DOCX) are accepted, and only without anything
 * that runs or fetches content ({@link PdfInspection}, {@link WordInspection}).
 */
public final class DocumentContent {

    public enum Kind {
        PDF("application/pdf", ".pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

        public final String contentType;
        public final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    static final DocumentRefusal NOT_ACCEPTED_TYPE = DocumentRefusal.unreadable(
            "must be a PDF or Word (.docx) document", "moet een PDF- of Word-document (.docx) zijn");

    private DocumentContent() {}

    /** An uploaded document that passed the checks: a safe name, its real type, its bytes. */
    public record Document(String fileName, String contentType, byte[] content) {}

    /**
     * P-3, S-4: the one check for every upload. Empty, unknown, unreadable, encrypted or active
     * files are a 400, oversized ones a 413, each naming the form field; nothing is read beyond the
     * limit.
     */
    public static Document read(String field, String clientName, Path file, int maxBytes) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ProblemException.invalid(field, FieldCode.REQUIRED, Text.of("is empty", "is leeg"));
            }
            if (size > maxBytes) {
                throw new ProblemException(
                        413,
                        "too-large",
                        "A document may be at most " + maxBytes / (1024 * 1024) + " MB.",
                        List.of(new ProblemException.Violation(
                                field,
                                FieldCode.TOO_LARGE,
                                Text.of(
                                        "is larger than " + maxBytes + " bytes",
                                        "is groter dan " + maxBytes + " bytes"))));
            }
            Kind kind = sniff(file).orElseThrow(() -> refused(field, NOT_ACCEPTED_TYPE));
            Optional<DocumentRefusal> refusal =
                    kind == Kind.PDF ? PdfInspection.inspect(file) : WordInspection.inspect(file);
            if (refusal.isPresent()) {
                throw refused(field, refusal.get());
            }
            return new Document(safeFileName(clientName, kind), kind.contentType, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException refused(String field, DocumentRefusal refusal) {
        return ProblemException.invalid(field, refusal.code(), refusal.reason());
    }

    /** The first bytes decide which parser looks at the rest: PDF, or a ZIP that must be a Word document. */
    static Optional<Kind> sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, read, PDF_MAGIC)) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(head, read, ZIP_MAGIC)) {
            return Optional.of(Kind.DOCX);
        }
        return Optional.empty();
    }

    /** The client's file name reduced to safe characters, with the extension of what the file really is. */
    static String safeFileName(String clientName, Kind kind) {
        String base = clientName == null ? "" : clientName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = "cv";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + kind.extension;
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        if (read < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

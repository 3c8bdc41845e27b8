package nl.werkbank.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import nl.werkbank.common.problem.FieldCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * S-4: parses an uploaded PDF with PDFBox and refuses it when it can run or carry something: any
 * JavaScript (document, page, annotation and form field actions, the names tree, the open action),
 * launch actions, embedded files (names tree, file specifications with an embedded stream, file
 * attachment annotations, go-to-embedded actions), rich media and XFA forms (XFA carries scripts).
 *
 * <p>{@link PdfStructure} looks at the raw bytes first, so PDFBox never unpacks an oversized
 * structure. Every object the cross-reference table knows is inspected, not only what is reachable from the
 * catalog, so a script cannot hide in an object the page tree does not point at. Parsing is bounded:
 * decoded streams (object and cross-reference streams) share a fixed memory budget, and files with
 * more objects or pages than a CV ever has are refused before they are walked.
 */
final class PdfInspection {

    static final long MEMORY_BUDGET_BYTES = 32L * 1024 * 1024;
    static final int MAX_OBJECTS = 50_000;
    static final int MAX_PAGES = 200;
    /** Nesting deeper than this in one object is no real document; walking it is refused. */
    static final int MAX_NESTING = 200;

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName GO_TO_EMBEDDED = COSName.getPDFName("GoToE");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
    private static final COSName RICH_MEDIA_EXECUTE = COSName.getPDFName("RichMediaExecute");

    private PdfInspection() {}

    static Optional<DocumentRefusal> inspect(Path file) throws IOException {
        Optional<DocumentRefusal> structure = PdfStructure.check(Files.readAllBytes(file));
        if (structure.isPresent()) {
            return structure;
        }
        try (RandomAccessRead input = new RandomAccessReadBufferedFile(file);
                PDDocument document = Loader.loadPDF(
                        input,
                        "",
                        null,
                        null,
                        MemoryUsageSetting.setupMainMemoryOnly(MEMORY_BUDGET_BYTES).streamCache)) {
            return inspect(document);
        } catch (InvalidPasswordException e) {
            return Optional.of(
                    new DocumentRefusal(
                            FieldCode.ENCRYPTED,
                            Text.of(
                                    "is protected with a password: it cannot be checked, and a client could not open it",
                                    "is beveiligd met een wachtwoord: het kan niet worden gecontroleerd en een opdrachtgever kan het niet openen")));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox answers a malformed or hostile file with any of these; a parser that recursed too
            // deep on crafted nesting is the same verdict, not a server error.
            return Optional.of(unreadable());
        }
    }

    private static Optional<DocumentRefusal> inspect(PDDocument document) throws IOException {
        if (document.isEncrypted()) {
            return Optional.of(encrypted());
        }
        COSDocument cos = document.getDocument();
        Map<COSObjectKey, Long> xref = cos.getXrefTable();
        if (xref.size() > MAX_OBJECTS) {
            return Optional.of(DocumentRefusal.unreadable(
                    "has more than " + MAX_OBJECTS + " objects", "heeft meer dan " + MAX_OBJECTS + " objecten"));
        }
        int pages = document.getNumberOfPages();
        if (pages < 1) {
            return Optional.of(unreadable());
        }
        if (pages > MAX_PAGES) {
            return Optional.of(DocumentRefusal.unreadable(
                    "has more than " + MAX_PAGES + " pages", "heeft meer dan " + MAX_PAGES + " pagina's"));
        }
        Optional<DocumentRefusal> found = walk(cos.getTrailer());
        for (COSObjectKey key : xref.keySet()) {
            if (found.isPresent()) {
                return found;
            }
            COSObject object = cos.getObjectFromPool(key);
            found = walk(object.getObject());
        }
        return found;
    }

    /**
     * Looks at one object and everything directly inside it; references to other objects are not
     * followed, because every object in the cross-reference table gets its own walk.
     */
    private static Optional<DocumentRefusal> walk(COSBase root) {
        Deque<Nested> unvisited = new ArrayDeque<>();
        unvisited.push(new Nested(root, 0));
        while (!unvisited.isEmpty()) {
            Nested current = unvisited.pop();
            if (current.depth() > MAX_NESTING) {
                return Optional.of(unreadable());
            }
            if (current.object() instanceof COSDictionary dictionary) {
                Optional<DocumentRefusal> refusal = refusalFor(dictionary);
                if (refusal.isPresent()) {
                    return refusal;
                }
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    push(unvisited, entry.getValue(), current.depth());
                }
            } else if (current.object() instanceof COSArray array) {
                for (COSBase element : array) {
                    push(unvisited, element, current.depth());
                }
            }
        }
        return Optional.empty();
    }

    private static void push(Deque<Nested> unvisited, COSBase value, int depth) {
        if (value instanceof COSDictionary || value instanceof COSArray) {
            unvisited.push(new Nested(value, depth + 1));
        }
    }

    private static Optional<DocumentRefusal> refusalFor(COSDictionary dictionary) {
        // Names may sit behind an indirect reference; readers resolve them, so this does too.
        COSBase action = dictionary.getDictionaryObject(COSName.S);
        COSBase subtype = dictionary.getDictionaryObject(COSName.SUBTYPE);
        if (dictionary.containsKey(COSName.JS)
                || dictionary.containsKey(COSName.JAVA_SCRIPT)
                || COSName.JAVA_SCRIPT.equals(action)) {
            return Optional.of(DocumentRefusal.activeContent("contains JavaScript", "bevat JavaScript"));
        }
        if (LAUNCH.equals(action)) {
            return Optional.of(DocumentRefusal.activeContent(
                    "contains an action that starts a program or opens a file",
                    "bevat een actie die een programma start of een bestand opent"));
        }
        if (dictionary.containsKey(COSName.EMBEDDED_FILES)
                || dictionary.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE))
                || FILE_ATTACHMENT.equals(subtype)
                || GO_TO_EMBEDDED.equals(action)) {
            return Optional.of(DocumentRefusal.activeContent("contains embedded files", "bevat ingesloten bestanden"));
        }
        if (dictionary.containsKey(COSName.XFA) || RICH_MEDIA.equals(subtype) || RICH_MEDIA_EXECUTE.equals(action)) {
            return Optional.of(DocumentRefusal.activeContent(
                    "contains an interactive form or media that can run scripts",
                    "bevat een interactief formulier of media die scripts kunnen uitvoeren"));
        }
        return Optional.empty();
    }

    /**
     * Encrypted files are refused whether or not they open without a password: their object streams
     * can only be measured after decryption (see {@link PdfStructure}), and a CV a client cannot
     * copy from or print is no use to them.
     */
    static DocumentRefusal encrypted() {
        return new DocumentRefusal(
                FieldCode.ENCRYPTED,
                Text.of(
                        "is encrypted or protected with a password: save it again without protection",
                        "is versleuteld of beveiligd met een wachtwoord: sla het opnieuw op zonder beveiliging"));
    }

    private static DocumentRefusal unreadable() {
        return DocumentRefusal.unreadable("cannot be read as a PDF document", "is niet te lezen als PDF-document");
    }

    private record Nested(COSBase object, int depth) {}
}

package nl.werkbank.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * S-4: opens an uploaded Word (.docx) package and refuses it when it can run or fetch something:
 * a macro project (found by content type, relationship type, part name in any letter case, or by
 * the bytes of an OLE compound file under any name), OLE objects and embedded packages, ActiveX
 * controls, DDE fields (also split across runs or with a computed keyword), fields that fetch files
 * (INCLUDEPICTURE, INCLUDETEXT, LINK, IMPORT), and external relationships other than web and mail
 * hyperlinks (remote templates, linked images, frames, sub-documents).
 *
 * <p>A CV links to LinkedIn or a portfolio: an external relationship of the hyperlink type is
 * accepted when its target is http, https or mailto, because Word only follows it on a click and
 * asks first. Other schemes (file:, UNC paths, ms-* protocol handlers) are refused.
 *
 * <p>Zip bombs: every part is inflated as a stream and counted as it is read, whatever sizes the
 * headers claim; reading stops at {@link #MAX_UNPACKED_BYTES} in total or at {@link #MAX_RATIO}
 * times the file's size, and a package with more than {@link #MAX_ENTRIES} parts is refused
 * before anything is inflated. XML is read by a streaming parser without DTDs or entities, so
 * nothing but the current part's small state is held in memory.
 */
final class WordInspection {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    /** Field instructions longer than this are checked in pieces, so a hostile one cannot fill the heap. */
    private static final int INSTRUCTION_WINDOW = 64 * 1024;

    private static final String MAIN_PART =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final Set<String> WORD_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String OFFICE_NAMESPACE = "urn:schemas-microsoft-com:office:office";
    private static final List<String> MACRO_CONTENT_TYPES =
            List.of("vbaproject", "vbadata", "macroenabled", "keymapcustomizations", "attachedtoolbars");
    private static final List<String> MACRO_RELATIONSHIPS =
            List.of("/vbaproject", "/wordvbadata", "/keymapcustomizations", "/attachedtoolbars");
    private static final List<String> OBJECT_RELATIONSHIPS = List.of("/oleobject", "/package");
    private static final List<String> ACTIVE_X_RELATIONSHIPS = List.of("/control", "/activexcontrolbinary");
    private static final Set<String> SAFE_LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> DDE_KEYWORDS = Set.of("DDE", "DDEAUTO");
    private static final Set<String> FETCHING_FIELDS = Set.of("INCLUDEPICTURE", "INCLUDETEXT", "LINK", "IMPORT");
    private static final byte[] OLE_COMPOUND_FILE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};

    private static final DocumentRefusal MACROS = DocumentRefusal.activeContent("contains macros", "bevat macro's");
    private static final DocumentRefusal EMBEDDED = DocumentRefusal.activeContent(
            "contains embedded objects or files", "bevat ingesloten objecten of bestanden");
    private static final DocumentRefusal ACTIVE_X =
            DocumentRefusal.activeContent("contains ActiveX controls", "bevat ActiveX-besturingselementen");
    private static final DocumentRefusal DDE = DocumentRefusal.activeContent(
            "contains a field that starts a program (DDE)", "bevat een veld dat een programma start (DDE)");
    private static final DocumentRefusal EXTERNAL = DocumentRefusal.activeContent(
            "refers to content outside the document (a remote template, linked file or image)",
            "verwijst naar inhoud buiten het document (een externe sjabloon, gekoppeld bestand of afbeelding)");
    private static final DocumentRefusal MACROS_OR_OBJECTS = DocumentRefusal.activeContent(
            "contains macros or embedded objects", "bevat macro's of ingesloten objecten");
    private static final DocumentRefusal UNREADABLE =
            DocumentRefusal.unreadable("cannot be read as a Word document", "is niet te lezen als Word-document");

    private static final XMLInputFactory XML = secureXmlFactory();

    private WordInspection() {}

    /** The refusal for a ZIP file, or empty when it is a Word document without anything active. */
    static Optional<DocumentRefusal> inspect(Path file) throws IOException {
        long budget = Math.min(MAX_UNPACKED_BYTES, MAX_RATIO * Files.size(file));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return Optional.of(DocumentRefusal.unreadable(
                        "consists of more than " + MAX_ENTRIES + " parts",
                        "bestaat uit meer dan " + MAX_ENTRIES + " delen"));
            }
            Package inspected = new Package(budget);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Optional<DocumentRefusal> refusal = inspected.part(zip, entry);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            if (!inspected.hasMainDocument()) {
                return Optional.of(DocumentContent.NOT_ACCEPTED_TYPE);
            }
            return Optional.empty();
        } catch (Unpacked.TooMuch e) {
            return Optional.of(tooMuchUnpacked());
        } catch (ZipException | XMLStreamException | IllegalArgumentException e) {
            // The XML parser reports a read that went over the budget as its own exception.
            return Optional.of(Unpacked.causedBy(e) ? tooMuchUnpacked() : UNREADABLE);
        }
    }

    private static DocumentRefusal tooMuchUnpacked() {
        return DocumentRefusal.unreadable(
                "unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB or to more than " + MAX_RATIO
                        + " times its own size",
                "pakt uit tot meer dan " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB of tot meer dan " + MAX_RATIO
                        + " keer zijn eigen grootte");
    }

    /** What has been seen of one package so far. */
    private static final class Package {
        private final Unpacked.Counter unpacked;
        private final Set<String> names = new HashSet<>();
        private boolean mainContentType;

        Package(long budget) {
            this.unpacked = new Unpacked.Counter(budget);
        }

        boolean hasMainDocument() {
            return mainContentType && names.contains("word/document.xml");
        }

        Optional<DocumentRefusal> part(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
            // Part names are case-insensitive in a package (OPC): two spellings of one name are one
            // part shown twice, and which one a reader takes is anyone's guess.
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (!names.add(name)) {
                return Optional.of(UNREADABLE);
            }
            String fileName = name.substring(name.lastIndexOf('/') + 1);
            if (fileName.equals("vbaproject.bin") || fileName.equals("vbadata.xml")) {
                return Optional.of(MACROS);
            }
            if (name.contains("activex")) {
                return Optional.of(ACTIVE_X);
            }
            if (name.startsWith("embeddings/") || name.contains("/embeddings/") || fileName.startsWith("oleobject")) {
                return Optional.of(EMBEDDED);
            }
            if (entry.isDirectory()) {
                return Optional.empty();
            }
            try (InputStream in = new Unpacked(zip.getInputStream(entry), unpacked)) {
                if (name.equals("[content_types].xml")) {
                    return contentTypes(in);
                }
                if (name.endsWith(".rels")) {
                    return relationships(in);
                }
                if (name.endsWith(".xml")) {
                    return new Fields().markup(in);
                }
                return binary(in);
            }
        }

        private Optional<DocumentRefusal> contentTypes(InputStream in) throws XMLStreamException {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String type = attribute(xml, "ContentType").toLowerCase(Locale.ROOT);
                    if (type.equals(MAIN_PART)) {
                        mainContentType = true;
                    }
                    if (MACRO_CONTENT_TYPES.stream().anyMatch(type::contains)) {
                        return Optional.of(MACROS);
                    }
                    if (type.contains("activex")) {
                        return Optional.of(ACTIVE_X);
                    }
                    if (type.contains("oleobject")) {
                        return Optional.of(EMBEDDED);
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        }
    }

    private static Optional<DocumentRefusal> relationships(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT
                        || !xml.getLocalName().equals("Relationship")) {
                    continue;
                }
                String type = attribute(xml, "Type").toLowerCase(Locale.ROOT);
                if (MACRO_RELATIONSHIPS.stream().anyMatch(type::endsWith)) {
                    return Optional.of(MACROS);
                }
                if (OBJECT_RELATIONSHIPS.stream().anyMatch(type::endsWith)) {
                    return Optional.of(EMBEDDED);
                }
                if (ACTIVE_X_RELATIONSHIPS.stream().anyMatch(type::endsWith)) {
                    return Optional.of(ACTIVE_X);
                }
                boolean external = attribute(xml, "TargetMode").strip().equalsIgnoreCase("External");
                if (external && !(type.endsWith("/hyperlink") && isWebOrMailLink(attribute(xml, "Target")))) {
                    return Optional.of(EXTERNAL);
                }
            }
            return Optional.empty();
        } finally {
            xml.close();
        }
    }

    private static boolean isWebOrMailLink(String target) {
        String link = target.strip();
        int colon = link.indexOf(':');
        return colon > 0 && SAFE_LINK_SCHEMES.contains(link.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /** Images, fonts and printer settings pass; an OLE compound file, nested package or RTF does not. */
    private static Optional<DocumentRefusal> binary(InputStream in) throws IOException {
        byte[] head = in.readNBytes(OLE_COMPOUND_FILE.length);
        in.transferTo(OutputStream.nullOutputStream());
        if (startsWith(head, OLE_COMPOUND_FILE)) {
            // vbaProject.bin, oleObject*.bin and ActiveX binaries are all compound files, whatever
            // they are called.
            return Optional.of(MACROS_OR_OBJECTS);
        }
        if (startsWith(head, ZIP) || startsWith(head, RTF)) {
            return Optional.of(EMBEDDED);
        }
        return Optional.empty();
    }

    /**
     * Reads one XML part for OLE objects, ActiveX controls and field codes. A complex field's
     * instruction is the text of all its instrText runs from begin to end (Word splits it across
     * runs freely), so the keyword is found however it is split.
     */
    private static final class Fields {
        private final StringBuilder instruction = new StringBuilder();
        private final Deque<Integer> openedAt = new ArrayDeque<>();
        private boolean inInstruction;

        Optional<DocumentRefusal> markup(InputStream in) throws XMLStreamException {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    Optional<DocumentRefusal> refusal = switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> start(xml);
                        case XMLStreamConstants.END_ELEMENT -> end(xml);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text(xml);
                        default -> Optional.empty();
                    };
                    if (refusal.isPresent()) {
                        return refusal;
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        }

        private Optional<DocumentRefusal> start(XMLStreamReader xml) {
            String namespace = xml.getNamespaceURI();
            String element = xml.getLocalName();
            if (OFFICE_NAMESPACE.equals(namespace) && element.equals("OLEObject")) {
                return Optional.of(EMBEDDED);
            }
            if (!WORD_NAMESPACES.contains(namespace)) {
                return Optional.empty();
            }
            return switch (element) {
                case "object" -> Optional.of(EMBEDDED);
                case "control" -> Optional.of(ACTIVE_X);
                case "fldSimple" -> check(attribute(xml, "instr"));
                case "instrText" -> {
                    inInstruction = true;
                    yield Optional.empty();
                }
                case "fldChar" -> fieldCharacter(attribute(xml, "fldCharType"));
                default -> Optional.empty();
            };
        }

        private Optional<DocumentRefusal> fieldCharacter(String type) {
            if (type.equals("begin")) {
                // A field whose keyword is itself a field ({ {QUOTE 68 68 69} … }) computes its
                // keyword at update time: the known way to hide DDE from a text search.
                if (!openedAt.isEmpty()
                        && instruction.substring(openedAt.peek()).isBlank()) {
                    return Optional.of(DDE);
                }
                if (openedAt.isEmpty()) {
                    instruction.setLength(0);
                }
                openedAt.push(instruction.length());
                return Optional.empty();
            }
            if (type.equals("end") && !openedAt.isEmpty()) {
                openedAt.pop();
                if (openedAt.isEmpty()) {
                    return check(instruction.toString());
                }
            }
            return Optional.empty();
        }

        private Optional<DocumentRefusal> end(XMLStreamReader xml) {
            if (xml.getLocalName().equals("instrText")) {
                inInstruction = false;
            }
            return Optional.empty();
        }

        private Optional<DocumentRefusal> text(XMLStreamReader xml) {
            if (!inInstruction) {
                return Optional.empty();
            }
            instruction.append(xml.getText());
            if (instruction.length() <= INSTRUCTION_WINDOW) {
                return Optional.empty();
            }
            Optional<DocumentRefusal> refusal = check(instruction.toString());
            // Keep a tail so a keyword split across the window's edge is still seen whole.
            instruction.delete(0, instruction.length() - 16);
            int levels = openedAt.size();
            openedAt.clear();
            for (int i = 0; i < levels; i++) {
                openedAt.push(0);
            }
            return refusal;
        }
    }

    private static Optional<DocumentRefusal> check(String instruction) {
        List<String> words = Arrays.stream(instruction.split("[\\s\"{}\\\\]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toUpperCase(Locale.ROOT))
                .toList();
        if (words.stream().anyMatch(DDE_KEYWORDS::contains)) {
            return Optional.of(DDE);
        }
        if (!words.isEmpty() && FETCHING_FIELDS.contains(words.get(0))) {
            return Optional.of(EXTERNAL);
        }
        return Optional.empty();
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return "";
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static XMLInputFactory secureXmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** An inflating stream that counts what it really produced against the package's budget. */
    private static final class Unpacked extends FilterInputStream {
        private final Counter counter;

        Unpacked(InputStream in, Counter counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counter.add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
        }

        static boolean causedBy(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooMuch) {
                    return true;
                }
            }
            return false;
        }

        static final class Counter {
            private final long budget;
            private long total;

            Counter(long budget) {
                this.budget = budget;
            }

            void add(long bytes) {
                total += bytes;
                if (total > budget) {
                    throw new TooMuch();
                }
            }
        }

        static final class TooMuch extends RuntimeException {
            TooMuch() {
                super("unpacked budget exceeded", null, false, false);
            }
        }
    }
}

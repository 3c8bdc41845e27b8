package nl.werkbank.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of the kinds a CV upload meets. */
public final class Files {

    private Files() {}

    public static byte[] pdf(String marker) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + marker + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        return zip(true, false);
    }

    public static byte[] docxWithMacros() {
        return zip(true, true);
    }

    /** A ZIP archive that is not a Word document. */
    public static byte[] plainZip() {
        return zip(false, false);
    }

    /** The first bytes of a Linux executable. */
    public static byte[] executable() {
        byte[] elf = new byte[256];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        return elf;
    }

    public static byte[] html() {
        return "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip(boolean word, boolean macros) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (word) {
                put(
                        zip,
                        "[Content_Types].xml",
                        "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                                + (macros
                                        ? "application/vnd.ms-word.document.macroEnabled.main+xml"
                                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
                                + "\"/></Types>");
                put(zip, "word/document.xml", "<w:document/>");
                if (macros) {
                    put(zip, "word/vbaProject.bin", "macro");
                }
            } else {
                put(zip, "readme.txt", "not a document");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

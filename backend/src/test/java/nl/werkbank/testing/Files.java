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

    /** A one-page PDF whose bytes contain {@code marker} (its title). */
    public static byte[] pdf(String marker) {
        return Pdfs.cv(marker);
    }

    public static byte[] docx() {
        return Docx.clean();
    }

    public static byte[] docxWithMacros() {
        return Docx.withMacroProject();
    }

    /** A ZIP archive that is not a Word document. */
    public static byte[] plainZip() {
        return zip();
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

    private static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "readme.txt", "not a document");
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

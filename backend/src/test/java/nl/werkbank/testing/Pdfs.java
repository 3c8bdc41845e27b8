package nl.werkbank.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * S-4: real PDF files for the upload checks, written by PDFBox (a CV with text and a web link, and
 * the same with one hostile addition each) or byte by byte where PDFBox would not write them
 * (objects nothing points at, escaped names, lying cross-reference data).
 */
public final class Pdfs {

    private static final String SCRIPT = "app.alert('pwned')";

    private Pdfs() {}

    /** A one-page CV with a line of text, a LinkedIn link and {@code marker} in its title. */
    public static byte[] cv(String marker) {
        return written(document -> {}, marker, false);
    }

    /** A two-page CV with a photo, about 1 MB: the size a real CV upload has. */
    public static byte[] typicalCv() {
        return written(
                document -> {
                    try {
                        BufferedImage photo = new BufferedImage(580, 580, BufferedImage.TYPE_INT_RGB);
                        Random noise = new Random(15);
                        for (int y = 0; y < photo.getHeight(); y++) {
                            for (int x = 0; x < photo.getWidth(); x++) {
                                photo.setRGB(x, y, noise.nextInt(0x1000000));
                            }
                        }
                        PDImageXObject image = LosslessFactory.createFromImage(document, photo);
                        try (PDPageContentStream content = new PDPageContentStream(
                                document, document.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
                            content.drawImage(image, 400, 650, 120, 120);
                        }
                        PDPage second = new PDPage(PDRectangle.A4);
                        document.addPage(second);
                        writeText(document, second, 60);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "typisch",
                true);
    }

    public static byte[] withOpenActionScript() {
        return written(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SCRIPT)));
    }

    /** JavaScript saved in a compressed object stream, where a byte search would not see it. */
    public static byte[] withOpenActionScriptInObjectStream() {
        return written(
                document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SCRIPT)), "cv", true);
    }

    public static byte[] withDocumentLevelScript() {
        return written(document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript(SCRIPT)));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
    }

    public static byte[] withPageOpenScript() {
        return written(document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript(SCRIPT));
            document.getPage(0).setActions(actions);
        });
    }

    public static byte[] withLinkScript() {
        return written(document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 50, 100, 20));
            link.setAction(new PDActionJavaScript(SCRIPT));
            annotations(document).add(link);
        });
    }

    public static byte[] withFormFieldScript() {
        return written(document -> {
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDTextField field = new PDTextField(form);
            field.setPartialName("naam");
            field.getWidgets().get(0).setRectangle(new PDRectangle(50, 600, 200, 20));
            field.getWidgets().get(0).setPage(document.getPage(0));
            annotations(document).add(field.getWidgets().get(0));
            form.getFields().add(field);
            org.apache.pdfbox.cos.COSDictionary keystroke = new org.apache.pdfbox.cos.COSDictionary();
            keystroke.setItem(COSName.K, new PDActionJavaScript(SCRIPT));
            field.getCOSObject().setItem(COSName.AA, keystroke);
        });
    }

    public static byte[] withLaunchAction() {
        return written(document -> {
            PDActionLaunch launch = new PDActionLaunch();
            PDSimpleFileSpecification program = new PDSimpleFileSpecification();
            program.setFile("C:\\Windows\\System32\\calc.exe");
            launch.setFile(program);
            document.getDocumentCatalog().setOpenAction(launch);
        });
    }

    public static byte[] withEmbeddedFile() {
        return written(document -> {
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("payload.exe", fileSpecification(document)));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    public static byte[] withFileAttachmentAnnotation() {
        return written(document -> {
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(50, 50, 20, 20));
            attachment.setFile(fileSpecification(document));
            annotations(document).add(attachment);
        });
    }

    /** A CV that needs a password to open. */
    public static byte[] withUserPassword() {
        return written(document -> protect(document, "geheim"));
    }

    /** A CV with only an owner password (no copying): it opens without one, but it is encrypted. */
    public static byte[] withOwnerPasswordOnly() {
        return written(document -> protect(document, ""));
    }

    /** A script in an object nothing refers to, its names written with #-escapes. */
    public static byte[] withHiddenEscapedScript() {
        return raw(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                "<< /S /J#61vaScript /J#53 (" + SCRIPT + ") >>");
    }

    /** A launch action whose action type sits behind an indirect reference. */
    public static byte[] withIndirectLaunchName() {
        return raw(
                "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                "<< /S 5 0 R /F (calc.exe) >>",
                "/Launch");
    }

    /** Arrays nested a hundred thousand deep, the way to overflow a recursive parser's stack. */
    public static byte[] withDeepNesting() {
        return raw(
                "<< /Type /Catalog /Pages 2 0 R /Deep " + "[".repeat(100_000) + "]".repeat(100_000) + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    }

    /**
     * A cross-reference stream that inflates to 7 bytes × 10 million entries (70 MB) from a few
     * hundred kilobytes, each entry a live object: parsed naively it holds millions of keys.
     */
    public static byte[] withCrossReferenceBomb() {
        int entries = 10_000_000;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(body, "%PDF-1.5\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
        };
        for (int i = 0; i < objects.length; i++) {
            offsets.add(body.size());
            write(body, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        byte[] table = new byte[entries * 7];
        for (int i = 0; i < entries; i++) {
            int offset = offsets.get(i % offsets.size());
            table[i * 7] = 1;
            table[i * 7 + 1] = (byte) (offset >>> 24);
            table[i * 7 + 2] = (byte) (offset >>> 16);
            table[i * 7 + 3] = (byte) (offset >>> 8);
            table[i * 7 + 4] = (byte) offset;
        }
        byte[] compressed = deflate(table);
        int xrefAt = body.size();
        write(
                body,
                "4 0 obj\n<< /Type /XRef /Size " + entries + " /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length "
                        + compressed.length + " >>\nstream\n");
        body.writeBytes(compressed);
        write(body, "\nendstream\nendobj\nstartxref\n" + xrefAt + "\n%%EOF\n");
        return body.toByteArray();
    }

    public static byte[] garbage() {
        return "%PDF-1.7\nthis is not a PDF at all\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] written(Consumer<PDDocument> change) {
        return written(change, "cv", false);
    }

    private static byte[] written(Consumer<PDDocument> change, String marker, boolean compressed) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(marker);
            writeText(document, page, 3);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 700, 200, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.linkedin.com/in/petra-upload");
            link.setAction(uri);
            page.getAnnotations().add(link);
            change.accept(document);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(
                    bytes, compressed ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(PDDocument document, PDPage page, int lines) {
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(50, 780);
            for (int i = 0; i < lines; i++) {
                content.showText("Petra Upload, interim projectleider. Ervaring " + i + ": gemeente, zorg, onderwijs.");
                content.newLineAtOffset(0, -12);
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annotations(
            PDDocument document) {
        try {
            return document.getPage(0).getAnnotations();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDComplexFileSpecification fileSpecification(PDDocument document) {
        try {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(Files.executable()));
            PDComplexFileSpecification specification = new PDComplexFileSpecification();
            specification.setFile("payload.exe");
            specification.setEmbeddedFile(file);
            return specification;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void protect(PDDocument document, String userPassword) {
        try {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("eigenaar", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a classic cross-reference table over the given objects, numbered from 1. */
    private static byte[] raw(String... objects) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(body.size());
            write(body, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int xrefAt = body.size();
        StringBuilder xref = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            xref.append(String.format("%010d 00000 n \n", offset));
        }
        xref.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xrefAt)
                .append("\n%%EOF\n");
        write(body, xref.toString());
        return body.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}

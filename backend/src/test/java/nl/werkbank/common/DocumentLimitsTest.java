package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werkbank.testing.Docx;
import nl.werkbank.testing.HostileDocuments;
import nl.werkbank.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S-4: the document checks stay within bounds. The backend runs with -Xmx256m and checks uploads
 * side by side, so every hostile file must be refused in a quarter of that; and a typical 1 MB CV is
 * checked in well under a second.
 */
class DocumentLimitsTest {

    private static final int LIMIT = 5 * 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    void everyHostileFileIsRefusedInAJvmWithA64MbHeap() throws IOException, InterruptedException {
        List<String> files = new ArrayList<>();
        int n = 0;
        for (HostileDocuments.Case refused : HostileDocuments.refused()) {
            Path file = Files.write(
                    directory.resolve(n++ + "-" + refused.fileName()),
                    refused.content().get());
            files.add(file + "=" + refused.code());
        }
        files.add(Files.write(directory.resolve("typical.pdf"), Pdfs.typicalCv()) + "=accepted");
        files.add(Files.write(directory.resolve("typical.docx"), Docx.typicalCv()) + "=accepted");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                CheckInSmallHeap.class.getName()));
        command.addAll(files);
        Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("checked " + files.size() + " files, 0 wrong");
    }

    @Test
    void aTypicalCvIsCheckedInWellUnderASecond() throws IOException {
        for (byte[] cv : List.of(Pdfs.typicalCv(), Docx.typicalCv())) {
            Path file = Files.write(directory.resolve("cv"), cv);
            long[] millis = new long[7];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                DocumentContent.read("file", "cv", file, LIMIT);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            long median = Arrays.stream(millis).sorted().toArray()[millis.length / 2];
            System.out.printf(
                    "S-4 document check: %s of %d bytes in %d ms (median of %d; first %d ms)%n",
                    DocumentContent.sniff(file).orElseThrow(), cv.length, median, millis.length, millis[0]);
            assertThat(cv.length).isBetween(900_000, 1_300_000);
            assertThat(median).isLessThan(1000);
        }
    }
}

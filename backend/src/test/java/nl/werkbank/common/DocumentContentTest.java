package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.testing.Docx;
import nl.werkbank.testing.HostileDocuments;
import nl.werkbank.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** S-4: the document check on files, without HTTP (the upload tests send the same files). */
class DocumentContentTest {

    private static final int LIMIT = 5 * 1024 * 1024;

    @TempDir
    Path directory;

    static final java.util.List<HostileDocuments.Case> REFUSED = HostileDocuments.refused();

    @ParameterizedTest(name = "{0}")
    @FieldSource("REFUSED")
    void refuses(HostileDocuments.Case refused) throws IOException {
        Path file = Files.write(directory.resolve("upload"), refused.content().get());
        assertThatThrownBy(() -> DocumentContent.read("file", refused.fileName(), file, LIMIT))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.violations()).singleElement().satisfies(violation -> {
                        assertThat(violation.field()).isEqualTo("file");
                        assertThat(violation.code().code()).isEqualTo(refused.code());
                    });
                });
    }

    @Test
    void acceptsCleanDocuments() throws IOException {
        assertThat(read(Pdfs.cv("schoon")).contentType()).isEqualTo("application/pdf");
        assertThat(read(Docx.clean()).contentType()).isEqualTo(DocumentContent.Kind.DOCX.contentType);
    }

    private DocumentContent.Document read(byte[] content) throws IOException {
        Path file = Files.write(directory.resolve("clean"), content);
        return DocumentContent.read("file", "cv", file, LIMIT);
    }
}

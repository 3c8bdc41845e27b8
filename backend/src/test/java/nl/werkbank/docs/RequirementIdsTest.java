package nl.werkbank.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: every requirement id the code cites resolves in
 * docs/requirements.md, and every class or file that page names exists.
 */
class RequirementIdsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path REQUIREMENTS = ROOT.resolve("docs/requirements.md");
    private static final Pattern ID = Pattern.compile("\\b[POARKCDTFS]-[0-9]{1,2}\\b");
    private static final Pattern ROW = Pattern.compile("^\\| ([POARKCDTFS]-[0-9]{1,2}) \\|", Pattern.MULTILINE);
    private static final Pattern NAMED = Pattern.compile("`([A-Za-z0-9_/.-]+)`");
    private static final List<String> SOURCES =
            List.of("backend/src", "frontend/src", "frontend/e2e", "scripts", "keycloak", "docs");
    private static final Set<String> EXTENSIONS =
            Set.of(".java", ".ts", ".tsx", ".mjs", ".sql", ".sh", ".properties", ".json", ".md", ".txt", ".html");

    @Test
    void everyCitedIdIsExplainedInDocs() {
        Set<String> documented = documentedIds();
        Set<String> cited = new TreeSet<>();
        for (Path file : sourceFiles()) {
            if (file.equals(REQUIREMENTS)) {
                continue;
            }
            Matcher ids = ID.matcher(read(file));
            while (ids.find()) {
                cited.add(ids.group());
            }
        }
        assertThat(cited).isNotEmpty();
        assertThat(documented)
                .as("ids cited in code but missing from docs/requirements.md")
                .containsAll(cited);
    }

    @Test
    void everyClassOrFileTheRequirementsNameExists() {
        List<String> fileNames = sourceFiles().stream()
                .map(file -> ROOT.relativize(file).toString())
                .toList();
        Set<String> missing = new TreeSet<>();
        for (String line :
                read(REQUIREMENTS).lines().filter(l -> ROW.matcher(l).find()).toList()) {
            Matcher named = NAMED.matcher(line);
            while (named.find()) {
                String name = withoutMember(named.group(1));
                if (fileNames.stream().noneMatch(path -> names(path, name))) {
                    missing.add(name);
                }
            }
        }
        assertThat(missing).as("names in docs/requirements.md without a file").isEmpty();
    }

    /** {@code SubjectService.forget} names the file SubjectService; {@code x.mjs} names itself; a folder names its files. */
    private static String withoutMember(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || EXTENSIONS.contains(name.substring(dot))) {
            return name;
        }
        return name.substring(0, dot);
    }

    private static boolean names(String path, String name) {
        String stem = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path;
        return path.endsWith("/" + name) || stem.endsWith("/" + name) || path.contains("/" + name + "/");
    }

    private static Set<String> documentedIds() {
        Set<String> ids = new TreeSet<>();
        Matcher rows = ROW.matcher(read(REQUIREMENTS));
        while (rows.find()) {
            ids.add(rows.group(1));
        }
        return ids;
    }

    private static List<Path> sourceFiles() {
        return SOURCES.stream()
                .map(ROOT::resolve)
                .filter(Files::isDirectory)
                .flatMap(RequirementIdsTest::walk)
                .filter(file ->
                        EXTENSIONS.stream().anyMatch(ext -> file.toString().endsWith(ext)))
                .filter(file -> !file.toString().contains("/node_modules/")
                        && !file.toString().contains("/target/"))
                .filter(file -> !file.getFileName().toString().equals("schema.d.ts"))
                .toList();
    }

    private static Stream<Path> walk(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

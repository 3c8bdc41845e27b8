package nl.werkbank.common.text;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.werkbank.testing.AssignmentFixtures;
import org.junit.jupiter.api.Test;

/**
 * S-1 (issue 15): every text field of every input record refuses control characters and
 * bidirectional overrides; a {@link MultiLine} field takes tabs and line breaks. The records are
 * found by walking the bodies of all state-changing operations, so a field added later is checked
 * without anyone adding it here.
 */
@QuarkusTest
class ControlCharactersTest {

    /** Refused in every text field. */
    private static final List<String> ALWAYS_REFUSED =
            List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b", "\u202e", "\u202a", "\u2066", "\u2069");
    /** Refused in a one-line field, allowed in a multi-line one. */
    private static final List<String> LINE_BREAKS = List.of("\n", "\r", "\t");

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class);

    @Inject
    ObjectMapper json;

    /** A text field: the record it is in, its name, whether it is a list of texts, whether multi-line. */
    record TextField(Class<?> record, String name, boolean list, boolean multiLine, int maxLength) {

        String path() {
            return record.getSimpleName() + "." + name;
        }
    }

    @Test
    void everyTextFieldOfEveryInputRecordRefusesControlCharacters() {
        List<TextField> fields = textFieldsOfInputRecords();
        assertThat(fields).as("the walk finds the input records").hasSizeGreaterThan(40);
        assertThat(fields.stream().filter(field -> !field.multiLine() && field.maxLength() >= 1000))
                .as("a text of 1000 characters or more is written in paragraphs: mark it @MultiLine")
                .isEmpty();
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (TextField field : fields) {
            for (String refused : ALWAYS_REFUSED) {
                cases++;
                if (!isRefused(field, "a" + refused + "b")) {
                    wrong.add(field.path() + " takes U+" + codePoint(refused));
                }
            }
            for (String lineBreak : LINE_BREAKS) {
                cases++;
                if (isRefused(field, "a" + lineBreak + "b") != !field.multiLine()) {
                    wrong.add(
                            field.path() + (field.multiLine() ? " refuses" : " takes") + " U+" + codePoint(lineBreak));
                }
            }
            cases++;
            if (isRefused(field, "Zoë Ørsted – 北京 🙂 עברית")) {
                wrong.add(field.path() + " refuses ordinary text");
            }
        }
        assertThat(wrong).as("%d cases over %d fields", cases, fields.size()).isEmpty();
        System.out.printf(
                "ControlCharactersTest: %d cases over %d text fields (%d multi-line: %s)%n",
                cases,
                fields.size(),
                fields.stream().filter(TextField::multiLine).count(),
                fields.stream()
                        .filter(TextField::multiLine)
                        .map(TextField::path)
                        .toList());
    }

    @Test
    void aRefusedCharacterIsAFieldErrorNamingTheField() {
        Map<String, Object> poster =
                new LinkedHashMap<>(AssignmentFixtures.poster("Vera", AssignmentFixtures.uniqueEmail("bidi")));
        poster.put("name", "Vera \u202etxt.exe");
        given().contentType(ContentType.JSON)
                .body(Map.of("assignment", AssignmentFixtures.assignment("Omgekeerd"), "poster", poster))
                .post("/api/v1/assignments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("poster.name"))
                .body("errors[0].code", equalTo("pattern"));
    }

    @Test
    void aDescriptionKeepsItsParagraphs() {
        Map<String, Object> assignment = new LinkedHashMap<>(AssignmentFixtures.assignment("Met alinea's"));
        assignment.put("description", "Eerste alinea.\n\n\tTweede alinea,\r\nmet een regel erbij.");
        assertThat(AssignmentFixtures.postAnonymously(
                        assignment, AssignmentFixtures.poster("Alinea", AssignmentFixtures.uniqueEmail("alinea"))))
                .isEqualTo(202);
    }

    private boolean isRefused(TextField field, String text) {
        Object value = field.list() ? List.of(text) : text;
        try {
            json.readValue(json.writeValueAsString(Map.of(field.name(), value)), field.record());
            return false;
        } catch (ControlCharacterException refused) {
            return true;
        } catch (IOException | RuntimeException other) {
            // Other fields missing or a record's own checks: not about this field's characters.
            return other instanceof ControlCharacterException;
        }
    }

    private static String codePoint(String character) {
        return String.format("%04X", (int) character.charAt(0));
    }

    /** The text fields of the records that state-changing operations read, and of the records inside them. */
    static List<TextField> textFieldsOfInputRecords() {
        Set<Class<?>> records = new LinkedHashSet<>();
        resourceClasses()
                .forEach(resource -> Stream.of(resource.getDeclaredMethods())
                        .filter(ControlCharactersTest::changesState)
                        .flatMap(method -> Stream.of(method.getParameters()))
                        .filter(ControlCharactersTest::isBody)
                        .forEach(parameter -> collect(parameter.getParameterizedType(), records)));
        List<TextField> fields = new ArrayList<>();
        for (Class<?> type : records) {
            for (RecordComponent component : type.getRecordComponents()) {
                boolean multiLine = component.isAnnotationPresent(MultiLine.class);
                Size size = component.getAnnotation(Size.class);
                int maxLength = size == null ? 0 : size.max();
                if (component.getType() == String.class) {
                    fields.add(new TextField(type, jsonName(component), false, multiLine, maxLength));
                } else if (isListOf(component.getGenericType(), String.class)) {
                    fields.add(new TextField(type, jsonName(component), true, multiLine, 0));
                }
            }
        }
        return fields;
    }

    private static String jsonName(RecordComponent component) {
        var property = component.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static void collect(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, records);
            }
            return;
        }
        if (type instanceof Class<?> cls
                && cls.isRecord()
                && cls.getName().startsWith("nl.werkbank.")
                && records.add(cls)) {
            for (RecordComponent component : cls.getRecordComponents()) {
                collect(component.getGenericType(), records);
            }
        }
    }

    private static boolean isListOf(Type type, Class<?> element) {
        return type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && java.util.Collection.class.isAssignableFrom(raw)
                && parameterized.getActualTypeArguments()[0] == element;
    }

    private static boolean changesState(Method method) {
        return method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class)
                || method.isAnnotationPresent(DELETE.class);
    }

    private static boolean isBody(Parameter parameter) {
        return Stream.of(parameter.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()));
    }

    private static List<Class<?>> resourceClasses() {
        try {
            java.nio.file.Path root = java.nio.file.Path.of(ControlCharactersTest.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .resolve("../classes")
                    .normalize();
            try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("nl/werkbank"))) {
                return files.filter(file -> file.toString().endsWith("Resource.class"))
                        .map(file -> root.relativize(file)
                                .toString()
                                .replace('/', '.')
                                .replaceAll("\\.class$", ""))
                        .map(ControlCharactersTest::load)
                        .filter(cls -> cls.isAnnotationPresent(Path.class))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

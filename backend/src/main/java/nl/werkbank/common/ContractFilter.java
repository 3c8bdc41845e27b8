package nl.werkbank.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.common.problem.Problem;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes the published contract say what the service does, for clients generated from it:
 * <ul>
 *   <li>the one error shape: every 4xx/5xx answer is problem+json; operations that take input
 *       answer 400 (and 415 for a body of another type, 413 for one too large), operations that
 *       address an object 404, every operation 414 and 431, and 403 to a foreign browser origin
 *       (RequestLimits), every operation 401 for a token that is not valid, 500 for a fault and
 *       503 (with Retry-After, like 429) while the database cannot be reached;
 *   <li>who may call: operations without a declared requirement take anonymous callers or a
 *       bearer token (the answer depends on who asks);
 *   <li>patterns anchored ({@code ^…$}): Bean Validation matches whole strings, a JSON Schema
 *       pattern matches anywhere, so an unanchored pattern would let a generated validator pass
 *       what the service refuses;
 *   <li>the bounds the service enforces: UUID/date lengths, the upload size and the page limit.
 * </ul>
 */
public class ContractFilter implements OASFilter {

    public static final String BEARER = "bearer";
    /** the capability of a poster without an account (see {@code ManageToken}). */
    public static final String MANAGE_TOKEN = "manageToken";
    /** Operation extension: other sites' forms may call it by design ({@link CrossSiteRequestCheck.FormsFromElsewhere}). */
    public static final String FORMS_FROM_ELSEWHERE = "x-forms-from-elsewhere";

    private static final Set<PathItem.HttpMethod> UNSAFE_METHODS = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** What {@code @NotBlank} becomes: at least one character that is not white space. */
    private static final String NOT_BLANK = "\\S";
    /** Java's {@code \p{Cntrl}} (ASCII control characters) in a form every regex dialect reads. */
    private static final String JAVA_CONTROL_CLASS = "\\p{Cntrl}";

    private static final String PORTABLE_CONTROL_RANGE = "\\x00-\\x1F\\x7F";
    /** Longest ISO-8601 instant Jackson writes ({@code +999999999-12-31T23:59:59.999999999Z}). */
    private static final int DATE_TIME_LENGTH = 35;

    /**
     * Headers every operation honours, described once instead of per operation: the language of
     * problem titles (info description) and the manage token (security scheme {@value
     * #MANAGE_TOKEN}).
     */
    private static final Set<String> IMPLIED_HEADERS = Set.of("Accept-Language", "Werkbank-Manage-Token");
    /** {@code ^(?:A|B|C)$} of plain words: the values a client may send, as an enum. */
    private static final Pattern WORD_ALTERNATIVES = Pattern.compile("\\^\\(\\?:([A-Za-z_]+(?:\\|[A-Za-z_]+)+)\\)\\$");

    private static final Map<String, Integer> FORMAT_LENGTHS =
            Map.of("uuid", 36, "date", 10, "date-time", DATE_TIME_LENGTH);

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getPattern() != null) {
            schema.setPattern(anchored(schema.getPattern()));
            List<String> words = alternativeWords(schema.getPattern());
            if (!words.isEmpty() && schema.getEnumeration() == null) {
                schema.setEnumeration(List.copyOf(words));
            }
        }
        if (isInt32(schema)) {
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(Integer.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(Integer.MAX_VALUE));
            }
        }
        if (schema.getFormat() != null && schema.getMaxLength() == null && isString(schema)) {
            Integer length = FORMAT_LENGTHS.get(schema.getFormat());
            if (length != null) {
                schema.setMaxLength(length);
            } else if ("binary".equals(schema.getFormat())) {
                schema.setMaxLength(maxUploadBytes());
            }
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if ("cursor".equals(parameter.getName()) && schema != null && schema.getMaxLength() == null) {
            schema.setMaxLength(KeysetCursor.MAX_LENGTH);
        }
        if ("limit".equals(parameter.getName()) && schema != null) {
            if (schema.getMinimum() == null) {
                schema.setMinimum(BigDecimal.ONE);
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(maxPageLimit()));
            }
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addSecurityScheme(
                MANAGE_TOKEN,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("Werkbank-Manage-Token")
                        .description("A-2: management token of a poster without an account, from the"
                                + " e-mail confirmation; an alternative to a bearer token"));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().forEach((method, operation) -> {
                    document(operation);
                    if (UNSAFE_METHODS.contains(method) && takesAnonymousCallers(operation)) {
                        documentCrossSiteCheck(operation);
                    }
                }));
    }

    /**
     * S-4: {@link CrossSiteRequestCheck} refuses a state-changing request without a bearer token
     * unless it carries the header; an operation marked {@value #FORMS_FROM_ELSEWHERE} (one-click
     * unsubscribe) is exempt.
     */
    private static void documentCrossSiteCheck(Operation operation) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(FORMS_FROM_ELSEWHERE)) {
            return;
        }
        addIfMissing(
                operation.getResponses(),
                "403",
                "Refused; without a bearer token also when the " + CrossSiteRequestCheck.HEADER + " header is missing");
    }

    private static boolean takesAnonymousCallers(Operation operation) {
        return operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() == null
                        || requirement.getSchemes().isEmpty()
                        || requirement.getSchemes().containsKey(MANAGE_TOKEN));
    }

    private static void document(Operation operation) {
        if (operation.getParameters() != null) {
            operation.setParameters(operation.getParameters().stream()
                    .filter(p -> !(p.getIn() == Parameter.In.HEADER && IMPLIED_HEADERS.contains(p.getName())))
                    .toList());
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            SecurityRequirement anonymous = OASFactory.createSecurityRequirement();
            SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(BEARER);
            operation.setSecurity(List.of(anonymous, bearer));
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            addIfMissing(responses, "400", "Invalid request: field errors carry a stable code");
        }
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "415", "The body is not of a type this operation reads");
            if (operation.getRequestBody().getContent().hasMediaType("multipart/form-data")) {
                addIfMissing(responses, "413", "The upload is larger than allowed");
            } else {
                addIfMissing(responses, "413", "The body is larger than 64 KiB (S-4)");
            }
        }
        addIfMissing(responses, "414", "The request target is longer than 8 KiB (S-4)");
        addIfMissing(responses, "431", "More than 100 headers, one longer than 8 KiB or all longer than 16 KiB (S-4)");
        addIfMissing(responses, "403", "Sent by a browser from an origin other than the SPA's (S-4)");
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            addIfMissing(responses, "404", "Not found, or not yours to see");
        }
        addIfMissing(responses, "401", "The access token is missing, expired or not valid");
        addIfMissing(responses, "500", "Unexpected fault; the answer names an id support can trace");
        addIfMissing(responses, "503", "The database cannot be reached right now; try again after Retry-After");
        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5"))
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
            if (("429".equals(code) || "503".equals(code))
                    && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
                response.addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds until a new attempt may succeed")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.INTEGER)
                                        .format("int64")
                                        .minimum(BigDecimal.ZERO)
                                        .maximum(BigDecimal.valueOf(Integer.MAX_VALUE))));
            }
        });
    }

    /** The pattern as a whole-string match, with the meaning Bean Validation gives it. */
    static String anchored(String pattern) {
        if (NOT_BLANK.equals(pattern)) {
            return "^[\\s\\S]*\\S[\\s\\S]*$";
        }
        String portable = pattern.replace(JAVA_CONTROL_CLASS, PORTABLE_CONTROL_RANGE);
        if (portable.startsWith("^") && portable.endsWith("$")) {
            return portable;
        }
        return "^(?:" + portable + ")$";
    }

    private static List<String> alternativeWords(String anchoredPattern) {
        Matcher matcher = WORD_ALTERNATIVES.matcher(anchoredPattern);
        return matcher.matches() ? List.of(matcher.group(1).split("\\|")) : List.of();
    }

    private static boolean isInt32(Schema schema) {
        return "int32".equals(schema.getFormat())
                && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.INTEGER);
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static int maxUploadBytes() {
        return ConfigProvider.getConfig()
                .getOptionalValue("werkbank.cv.max-bytes", Integer.class)
                .orElse(Integer.parseInt(WerkbankConfig.Cv.DEFAULT_MAX_BYTES));
    }

    private static int maxPageLimit() {
        return ConfigProvider.getConfig()
                .getOptionalValue("werkbank.keyset.max-limit", Integer.class)
                .orElse(Integer.parseInt(WerkbankConfig.Keyset.DEFAULT_MAX_LIMIT));
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(
                    code,
                    OASFactory.createAPIResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}

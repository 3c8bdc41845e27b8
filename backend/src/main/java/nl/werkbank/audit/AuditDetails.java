package nl.werkbank.audit;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The details of an audit entry: a small map of ids and codes, and nothing else (S-6: no
 * personal data). There is deliberately no way to put an arbitrary string in: values come from
 * UUIDs, enum constants, numbers, or codes that must match {@link #CODE} (lower-case letters,
 * digits and hyphens), so a name ("Jan de Vries": capitals, spaces) or an e-mail address
 * ({@code @} and dots) is refused at the call that tries it, in every test that reaches it.
 */
public final class AuditDetails {

    static final Pattern KEY = Pattern.compile("^[a-z][A-Za-z]{0,39}$");
    static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,59}$");
    private static final int MAX_ENTRIES = 12;
    private static final AuditDetails NONE = new AuditDetails(new TreeMap<>());

    private final SortedMap<String, String> values;

    private AuditDetails(SortedMap<String, String> values) {
        this.values = values;
    }

    public static AuditDetails none() {
        return NONE;
    }

    public static AuditDetails id(String key, UUID id) {
        return NONE.withId(key, id);
    }

    public static AuditDetails code(String key, Enum<?> code) {
        return NONE.withCode(key, code);
    }

    /** Adds an id; an absent one ({@code null}) is left out. */
    public AuditDetails withId(String key, UUID id) {
        return id == null ? this : with(key, id.toString());
    }

    public AuditDetails withCode(String key, Enum<?> code) {
        return with(key, code.name());
    }

    public AuditDetails withCount(String key, long count) {
        return with(key, Long.toString(count));
    }

    /** Codes of a fixed vocabulary (data categories like {@code contact-details}), sorted and comma-joined. */
    public AuditDetails withCodes(String key, Collection<String> codes) {
        for (String code : codes) {
            if (code == null || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("audit detail " + key + " holds something that is not a code");
            }
        }
        return with(key, codes.stream().sorted().distinct().collect(Collectors.joining(",")));
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableSortedMap(values);
    }

    private AuditDetails with(String key, String value) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("audit detail keys are camelCase words");
        }
        if (values.size() >= MAX_ENTRIES && !values.containsKey(key)) {
            throw new IllegalArgumentException("an audit entry has at most " + MAX_ENTRIES + " details");
        }
        SortedMap<String, String> next = new TreeMap<>(values);
        next.put(key, value);
        return new AuditDetails(next);
    }
}

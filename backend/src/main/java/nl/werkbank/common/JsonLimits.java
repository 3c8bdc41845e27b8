package nl.werkbank.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * S-2, S-4 (issue 15): what the API's JSON parser accepts. A request body is data for one
 * operation, so it is small and shallow; and every string must be text PostgreSQL can store and a
 * person could have typed:
 * <ul>
 *   <li>nested at most {@value #MAX_DEPTH} deep, numbers of at most {@value #MAX_NUMBER_LENGTH}
 *       digits, strings of at most {@value RequestLimits#MAX_JSON_BYTES} characters (the body's
 *       own limit is {@link RequestLimits} and {@link BodyLengthLimit});
 *   <li>a key only once per object: two parsers that keep different duplicates read different
 *       requests from the same bytes;
 *   <li>dates within years 1..9999, which PostgreSQL stores.
 * </ul>
 * Text itself (NUL, control characters, unpaired surrogates) is checked per field by
 * {@link nl.werkbank.common.text.TextDeserializer}.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 64;

    /** Last, after Quarkus registered the Java time module, whose date reader this one replaces. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(RequestLimits.MAX_JSON_BYTES)
                        .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(
                new SimpleModule("werkbank-json-limits").addDeserializer(LocalDate.class, new StorableDate()));
    }

    /**
     * Dates as the Java time module reads them, within years 1..9999: a date beyond PostgreSQL's
     * range (epoch day 2147483648, {@code +999999999-12-31}) failed the insert with a 500.
     */
    static final class StorableDate extends StdScalarDeserializer<LocalDate> {

        StorableDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
                return (LocalDate) context.handleWeirdStringValue(
                        LocalDate.class, value.toString(), "is not a date between the years 1 and 9999");
            }
            return value;
        }
    }
}

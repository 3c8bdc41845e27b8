package nl.werkbank.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads every JSON string of every request body, and refuses the characters {@link
 * ControlCharacters} names: one check for all input records, also for fields added later. A
 * field is one line unless it is marked {@link MultiLine}; the refusal is a field error.
 */
public class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    private static final TextDeserializer SINGLE_LINE = new TextDeserializer(false);
    private static final TextDeserializer MULTI_LINE = new TextDeserializer(true);

    private final boolean multiLine;

    private TextDeserializer(boolean multiLine) {
        super(String.class);
        this.multiLine = multiLine;
    }

    public static TextDeserializer singleLine() {
        return SINGLE_LINE;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property != null && property.getAnnotation(MultiLine.class) != null ? MULTI_LINE : SINGLE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && ControlCharacters.firstRefused(text, multiLine) >= 0) {
            throw new ControlCharacterException(parser, multiLine);
        }
        return text;
    }
}

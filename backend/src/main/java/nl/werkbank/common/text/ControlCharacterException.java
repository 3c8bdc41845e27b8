package nl.werkbank.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A text field of a request holds a character {@link ControlCharacters} refuses; the path names the field. */
public class ControlCharacterException extends MismatchedInputException {

    private final boolean multiLine;

    ControlCharacterException(JsonParser parser, boolean multiLine) {
        super(parser, "refused control character", String.class);
        this.multiLine = multiLine;
    }

    public boolean multiLine() {
        return multiLine;
    }
}

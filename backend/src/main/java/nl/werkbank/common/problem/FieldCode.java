package nl.werkbank.common.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a field was refused, as a stable machine code (S-2): clients map errors onto their form
 * fields and translate by this code, whatever language the message is in.
 */
public enum FieldCode {
    /** Missing or empty. */
    REQUIRED,
    /** Longer, or more items, than allowed. */
    TOO_LONG,
    /** Shorter, or fewer items, than allowed. */
    TOO_SHORT,
    /** A number or date outside its bounds, or out of order with another field. */
    RANGE,
    /** Does not match the field's pattern. */
    PATTERN,
    /** Cannot be read as the field's type or format (date, number, UUID, JSON, cursor). */
    FORMAT,
    /** Not one of the allowed values. */
    ONE_OF,
    /** A property the operation does not know (no mass assignment). */
    UNKNOWN,
    /** Must not be given in this situation. */
    NOT_ALLOWED,
    /** Already taken or given once. */
    DUPLICATE,
    /** A file larger than allowed. */
    TOO_LARGE,
    /** A file of a type that is not accepted, or that cannot be read as its type. */
    FILE_TYPE,
    /** A document carrying content that runs or fetches something: scripts, macros, embedded or linked files (S-4). */
    ACTIVE_CONTENT,
    /** A document protected with a password, so it cannot be checked or read. */
    ENCRYPTED,
    /** Refers to something that does not exist here. */
    UNKNOWN_REFERENCE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

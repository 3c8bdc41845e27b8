package nl.werkbank.common.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field a person writes in paragraphs (a description, a motivation, a message): it may hold
 * tabs and line breaks. Every other text field of a request is one line ({@link ControlCharacters}).
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}

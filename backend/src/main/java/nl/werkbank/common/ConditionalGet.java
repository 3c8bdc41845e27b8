package nl.werkbank.common;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * F-2, §12: a read that clients poll. Its 200 answer carries a strong ETag of the body, and a
 * request whose If-None-Match matches gets 304 without a body ({@link ConditionalGetFilter}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ConditionalGet {}

package nl.werkbank.common.idempotency;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that honours an {@code Idempotency-Key} header (mobile retries): put it on a resource
 * method and {@link IdempotencyFilter} does the rest, so the resource stays HTTP-only and the
 * service never sees the key. Without the header the request runs as usual.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    String DESCRIPTION = "Optional, 1 to 255 printable ASCII characters (a UUID is fine). Retrying with the same key "
            + "and the same body returns the first answer (header Idempotent-Replayed: true) without doing the "
            + "write again; the same key with another body is refused with 422; while the first request with the "
            + "key is still running, a retry gets 409. Keys are kept 24 hours.";
}

package nl.werkbank.common;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import nl.werkbank.common.problem.ProblemException;

/**
 * S-4 (issue 15): a body read as one entity (JSON, text) is at most {@value
 * RequestLimits#MAX_JSON_BYTES} bytes also when the client declared no length (chunked), which
 * {@link RequestLimits} cannot see before the body arrives. Multipart uploads are not read as one
 * entity and keep their own limit (the CV size).
 */
@Provider
public class BodyLengthLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readNBytes(RequestLimits.MAX_JSON_BYTES + 1);
        if (body.length > RequestLimits.MAX_JSON_BYTES) {
            throw new ProblemException(
                    413, "too-large", "The body is larger than " + RequestLimits.MAX_JSON_BYTES + " bytes.", List.of());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}

package nl.werkbank.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ETag of every polled read (the feed tags its pages by position instead): the tag is a hash of exactly the bytes sent, so it changes whenever the
 * answer does, whoever asks (the answer is per caller, and so is the tag).
 */
@Provider
@ConditionalGet
public class ConditionalGetFilter implements ContainerResponseFilter {

    private final ObjectMapper json;

    ConditionalGetFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EntityTag tag = new EntityTag(sha256(body));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (request.getRequest().evaluatePreconditions(tag) != null) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

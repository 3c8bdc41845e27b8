package nl.werkbank.common;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file for the browser to save, never to render (P-3): attachment, its real type, nosniff. */
public final class Downloads {

    private Downloads() {}

    public static Response attachment(String fileName, String contentType, byte[] content) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}

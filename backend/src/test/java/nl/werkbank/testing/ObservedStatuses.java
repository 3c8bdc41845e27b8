package nl.werkbank.testing;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes down every status the service answers during the test suite, per operation (method and
 * path template), so {@code DocumentedStatusesIT} can hold the contract to what the service
 * really does. Test profiles restart the application in the same JVM, so the observations go to
 * a file and the one-time reset is marked in a system property, which outlives class loaders.
 */
@Provider
public class ObservedStatuses implements ContainerResponseFilter {

    public static final java.nio.file.Path FILE = java.nio.file.Path.of("target", "observed-statuses.txt");
    /** Outside the {@code werkbank.} prefix, which the application's config mapping validates strictly. */
    private static final String STARTED = "nl.werkbank.testing.observed-statuses.started";

    private final Set<String> written = ConcurrentHashMap.newKeySet();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        if (method == null || isHidden(method)) {
            return;
        }
        String line = String.join(
                " ",
                request.getMethod().toLowerCase(java.util.Locale.ROOT),
                template(resource.getResourceClass(), method),
                Integer.toString(response.getStatus()));
        if (written.add(line)) {
            append(line);
        }
    }

    /** Pages for browsers and crawlers (robots.txt, sitemap, job pages) are left out of the contract on purpose. */
    private static boolean isHidden(Method method) {
        org.eclipse.microprofile.openapi.annotations.Operation operation =
                method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        return operation != null && operation.hidden();
    }

    /** The observations of this JVM's test run: method, path template, status per line. */
    public static List<String> read() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void append(String line) {
        try {
            if (System.getProperty(STARTED) == null) {
                Files.createDirectories(FILE.getParent());
                Files.deleteIfExists(FILE);
                System.setProperty(STARTED, "true");
            }
            Files.writeString(
                    FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template(Class<?> resourceClass, Method method) {
        String root = Optional.ofNullable(resourceClass.getAnnotation(Path.class))
                .map(Path::value)
                .orElse("");
        String sub = Optional.ofNullable(method.getAnnotation(Path.class))
                .map(Path::value)
                .orElse("");
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}

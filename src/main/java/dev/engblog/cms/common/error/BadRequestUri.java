package dev.engblog.cms.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Request URIs that do not parse get the same problem+json as every other error.
 *
 * <p>Quarkus' root HTTP handler checks every request URI with {@code java.net.URI} and answers an
 * unparsable one (a query string with broken percent-encoding such as {@code ?page=%}) with an empty
 * 400 before any route or filter runs; its only switch is the JVM system property
 * {@value #QUARKUS_URI_CHECK}. {@link #takeOverUriCheck()} (called by the main class, and set for
 * the tests in the build) turns it off, and the first route here makes the very same check, so
 * exactly the same requests are refused, now with a body. Without the property Quarkus keeps
 * checking first: still refused, only without the body. (A chunked body over the limit already
 * reaches the ProblemMapper; a body announced too large is {@link BodyTooLarge}'s.)
 */
@ApplicationScoped
public class BadRequestUri {

    static final String QUARKUS_URI_CHECK = "vertx.disableURIValidation";

    /** Must run before Quarkus starts: the property is read once, when its HTTP layer is set up. */
    public static void takeOverUriCheck() {
        System.setProperty(QUARKUS_URI_CHECK, "true");
    }

    void install(@Observes Router router, ObjectMapper json) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (uriValid(ctx.request().uri())) {
                ctx.next();
            } else {
                refuse(ctx, json);
            }
        });
    }

    /** The check Quarkus makes, as it makes it. */
    static boolean uriValid(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext ctx, ObjectMapper json) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(Problem.of(400, "Bad Request",
                    "The request URI could not be read: check the percent-encoding of the path and query string.",
                    safePath(ctx.request().path()), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Buffer.buffer(body));
    }

    /** The path as received, unless it is itself what could not be read. */
    private static String safePath(String path) {
        return path != null && path.length() <= 2048 && path.chars().allMatch(c -> c > 0x20 && c < 0x7f) && uriValid(path)
                ? path : null;
    }
}

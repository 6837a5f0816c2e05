package dev.engblog.cms.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import org.jboss.logging.Logger;

/**
 * Requests refused below JAX-RS get the same problem+json as every other error.
 *
 * <p>Quarkus' root HTTP handler checks every request URI with {@code java.net.URI} and answers an
 * unparsable one (a query string with broken percent-encoding such as {@code ?page=%}) with an empty
 * 400 before any route or filter runs; its only switch is the JVM system property
 * {@value #QUARKUS_URI_CHECK}. {@link #takeOverUriCheck()} (called by the main class, and set for
 * the tests in the build) turns it off, and the first route here makes the very same check, so
 * exactly the same requests are refused, now with a body. Failures of the HTTP layer after that
 * (a chunked body over the limit, a header section too long) are formatted by a failure handler.
 * Without the property Quarkus keeps checking first: still refused, only without the body.
 */
@ApplicationScoped
public class HttpFailures {

    static final String QUARKUS_URI_CHECK = "vertx.disableURIValidation";
    private static final Logger LOG = Logger.getLogger(HttpFailures.class);

    /** Must run before Quarkus starts: the property is read once, when its HTTP layer is set up. */
    public static void takeOverUriCheck() {
        System.setProperty(QUARKUS_URI_CHECK, "true");
    }

    void install(@Observes Router router, ObjectMapper json) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (uriValid(ctx.request().uri())) {
                ctx.next();
            } else {
                answer(ctx, json, 400);
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> answer(ctx, json, ctx.statusCode()));
        // Failures while routes are matched go to the router's error handler for their status instead.
        for (int status : new int[] {400, 413, 414, 431}) {
            router.errorHandler(status, ctx -> answer(ctx, json, status));
        }
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

    private static void answer(RoutingContext ctx, ObjectMapper json, int statusCode) {
        String path = ctx.request().path();
        if (ctx.response().headWritten() || ctx.response().ended()
                || (path != null && path.startsWith("/q/") && uriValid(ctx.request().uri()))) {
            if (!ctx.response().ended()) {
                ctx.next();
            }
            return;
        }
        int status = statusCode >= 400 && statusCode < 600 ? statusCode : 500;
        String detail = switch (status) {
            case 400 -> "The request could not be read: check the percent-encoding of the path and query string.";
            case 413 -> "The request body is too large.";
            case 414, 431 -> "The request line or headers are too long.";
            default -> status >= 500 ? "Something went wrong on our side; it has been logged." : "Request refused.";
        };
        if (status >= 500) {
            LOG.error("Unhandled failure on " + path, ctx.failure());
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(Problem.of(status, reason(status), detail, safePath(path), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Buffer.buffer(body));
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** The path as received, unless it is itself what could not be read. */
    private static String safePath(String path) {
        return path != null && path.length() <= 2048 && path.chars().allMatch(c -> c > 0x20 && c < 0x7f) && uriValid(path)
                ? path : null;
    }
}

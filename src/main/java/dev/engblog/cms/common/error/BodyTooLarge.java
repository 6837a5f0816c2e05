package dev.engblog.cms.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than the limit is refused before it is read, as the HTTP layer would, but
 * with the same problem+json shape as every other error (the HTTP layer's own answer has no body).
 * JSON bodies are held to {@code cms.limits.json-body} (1 MB); the paths a {@link BodyLimit} names (uploads)
 * to their own limit. The HTTP layer's {@code quarkus.http.limits.max-body-size} stays the ceiling for
 * every request, also for bodies sent without a length (chunked), so it must be at least the largest
 * upload limit: the service refuses to start otherwise.
 */
@ApplicationScoped
public class BodyTooLarge {

    /** Runs just before Quarkus' own upload-limit handler (order -2). */
    static final int ORDER = -3;

    void install(@Observes Router router, ObjectMapper json,
                 @ConfigProperty(name = "cms.limits.json-body", defaultValue = "1M") MemorySize jsonLimit,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize ceiling,
                 Instance<BodyLimit> larger) {
        List<BodyLimit> limits = larger.stream().toList();
        for (BodyLimit l : limits) {
            if (l.maxBytes() > ceiling.asLongValue()) {
                throw new IllegalStateException("Uploads to " + l.path() + " may be " + l.maxBytes()
                        + " bytes, more than the HTTP limit quarkus.http.limits.max-body-size (" + ceiling.asLongValue()
                        + " bytes): raise QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE or lower the upload limit");
            }
        }
        String path = "/api/";
        router.route().order(ORDER).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            String requestPath = ctx.request().path();
            if (length == null || !requestPath.startsWith(path)) {
                ctx.next();
                return;
            }
            long max = limits.stream().filter(l -> requestPath.equals(l.path())).mapToLong(BodyLimit::maxBytes)
                    .findFirst().orElse(jsonLimit.asLongValue());
            if (!tooLarge(length, max)) {
                ctx.next();
                return;
            }
            byte[] body;
            try {
                body = json.writeValueAsBytes(Problem.of(413, "Payload Too Large",
                        "The request body is larger than the limit of " + max + " bytes.", ctx.request().path(), null));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(Buffer.buffer(body));
        });
    }

    private static boolean tooLarge(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

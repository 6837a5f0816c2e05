package dev.engblog.cms.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than the limit is refused before it is read, as the HTTP layer would, but
 * with the same problem+json shape as every other error (the HTTP layer's own answer has no body).
 */
@ApplicationScoped
public class BodyTooLarge {

    /** Runs just before Quarkus' own upload-limit handler (order -2). */
    static final int ORDER = -3;

    void install(@Observes Router router, ObjectMapper json,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        String path = "/api/";
        router.route().order(ORDER).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length == null || !ctx.request().path().startsWith(path) || !tooLarge(length, max)) {
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

package dev.engblog.cms.common.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browsers call the API directly. Public reads (GET/HEAD without a token) are open to any origin;
 * everything else, including reads with a token, only to the origins in CMS_CORS_ORIGINS
 * (comma-separated; none by default). Preflights are answered here; scripts may read ETag,
 * Location, Retry-After and the RateLimit-* headers.
 */
@ApplicationScoped
public class Cors {

    static final String ALLOW_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, X-Request-Id";
    static final String EXPOSE_HEADERS = "ETag, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id";
    static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    /** Before the body limit (-3) and Quarkus' handlers, so even refusals carry CORS headers. */
    static final int ORDER = -4;

    void install(@Observes Router router, @ConfigProperty(name = "cms.cors.origins") Optional<String> configured) {
        List<String> trusted = configured.map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList())
                .orElse(List.of());
        router.route("/api/*").order(ORDER).handler(ctx -> handle(ctx, trusted));
    }

    private static void handle(RoutingContext ctx, List<String> trusted) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        boolean isTrusted = trusted.contains(origin);
        var response = ctx.response();
        response.headers().add(HttpHeaders.VARY, "Origin");
        String preflightMethod = ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (ctx.request().method() == HttpMethod.OPTIONS && preflightMethod != null) {
            String requested = String.valueOf(ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS)).toLowerCase();
            boolean publicRead = (preflightMethod.equals("GET") || preflightMethod.equals("HEAD")) && !requested.contains("authorization");
            if (isTrusted) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOW_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
            } else if (publicRead) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "If-None-Match, X-Request-Id")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
            }
            response.setStatusCode(204).end();
            return;
        }
        boolean read = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
        if (isTrusted) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        } else if (read && ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else {
            ctx.next();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSE_HEADERS);
        ctx.next();
    }
}

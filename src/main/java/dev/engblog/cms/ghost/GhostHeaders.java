package dev.engblog.cms.ghost;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What Ghost's Content API sends besides the body: CORS open to every origin (a content key lives in
 * the browser; preflights may ask for Accept-Version), and the API version, echoed from
 * {@code Accept-Version} as {@code Content-Version} with {@code Vary: Accept-Version}.
 */
@ApplicationScoped
public class GhostHeaders {

    static final String ALLOW_HEADERS = "Accept-Version, Content-Type, If-None-Match, X-Request-Id";
    static final String EXPOSE_HEADERS = "Content-Version, ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id";
    /** Before the body limit and Quarkus' handlers, as common/http/Cors. */
    static final int ORDER = -4;

    void install(@Observes Router router) {
        router.route("/ghost/*").order(ORDER).handler(GhostHeaders::cors);
    }

    private static void cors(RoutingContext ctx) {
        var response = ctx.response();
        if (ctx.request().method() == HttpMethod.OPTIONS && ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOW_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400")
                    .putHeader(HttpHeaders.VARY, "Accept-Version")
                    .setStatusCode(204).end();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSE_HEADERS);
        ctx.next();
    }
}

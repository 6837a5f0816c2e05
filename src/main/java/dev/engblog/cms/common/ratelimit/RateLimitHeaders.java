package dev.engblog.cms.common.ratelimit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer of a rate-limited endpoint carries RateLimit-Limit, -Remaining and -Reset; when a
 * request counts against several buckets, the tightest one is reported.
 */
@RequestScoped
public class RateLimitHeaders {

    private RateLimiter.State tightest;

    RateLimiter.State tightest() {
        return tightest;
    }

    void record(RateLimiter.State state) {
        if (tightest == null || state.remaining() < tightest.remaining()) {
            tightest = state;
        }
    }

    /** Writes the headers when a limit was checked during the request. */
    public static class Filter {

        private final RateLimitHeaders headers;

        public Filter(RateLimitHeaders headers) {
            this.headers = headers;
        }

        @ServerResponseFilter
        public void write(ContainerResponseContext response) {
            RateLimiter.State s = headers.tightest();
            if (s == null) {
                return;
            }
            response.getHeaders().putSingle("RateLimit-Limit", s.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", s.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", s.resetSeconds());
        }
    }
}

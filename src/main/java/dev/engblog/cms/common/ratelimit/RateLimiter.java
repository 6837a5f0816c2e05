package dev.engblog.cms.common.ratelimit;

import dev.engblog.cms.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Fixed-window rate limits kept in PostgreSQL, so every instance of the service counts the same
 * hits: one atomic upsert per hit. Each check records the bucket's state for the RateLimit-*
 * headers of the answer; going over the limit is a 429 with Retry-After. A hit joins the caller's
 * transaction when there is one (never a second pooled connection beside it), else commits at once.
 */
@ApplicationScoped
public class RateLimiter {

    private final EntityManager em;
    private final RateLimitHeaders headers;

    public RateLimiter(EntityManager em, RateLimitHeaders headers) {
        this.em = em;
        this.headers = headers;
    }

    /** The state of one bucket after a hit. */
    public record State(int limit, int remaining, long resetSeconds, boolean exceeded) {
    }

    /** Counts a hit in the bucket; 429 when it is over the limit. The answer reports the bucket's state. */
    public State hit(String bucket, int limit, Duration window) {
        State state = count(bucket, limit, window);
        headers.record(state);
        if (state.exceeded()) {
            throw ApiException.tooManyRequests(state.resetSeconds());
        }
        return state;
    }

    /** Counts a hit silently (nothing in the answer's headers); whether the bucket still had room. */
    public boolean consume(String bucket, int limit, Duration window) {
        return !count(bucket, limit, window).exceeded();
    }

    @Transactional
    State count(String bucket, int limit, Duration window) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        insert into rate_limit (bucket, window_start, hits) values (:bucket, now(), 1)
                        on conflict (bucket) do update set
                            hits = case when rate_limit.window_start <= now() - make_interval(secs => :window) then 1 else rate_limit.hits + 1 end,
                            window_start = case when rate_limit.window_start <= now() - make_interval(secs => :window) then now() else rate_limit.window_start end
                        returning hits, window_start""")
                .setParameter("bucket", bucket)
                .setParameter("window", (double) window.toSeconds())
                .getSingleResult();
        int hits = ((Number) row[0]).intValue();
        Instant start = dev.engblog.cms.common.api.SortKey.toInstant(row[1]);
        long reset = Math.max(1, Duration.between(Instant.now(), start.plus(window)).toSeconds());
        return new State(limit, Math.max(0, limit - hits), reset, hits > limit);
    }

    /** Forgets a bucket, e.g. an account's failed logins after a successful one. */
    @Transactional
    public void reset(String bucket) {
        em.createNativeQuery("delete from rate_limit where bucket = :bucket").setParameter("bucket", bucket).executeUpdate();
    }
}

package dev.engblog.cms.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.engblog.cms.common.db.ContentVersion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anonymous answers of {@link PublicRead} endpoints, kept by URL with the content version they were
 * computed under and served again while {@code content_version()} reads the same. Every request still
 * asks the database for the version (one cheap statement), so a write by any instance, psql or a
 * scheduled post going live is visible to the very next read on every instance; what is saved is the
 * page query, the mapping and the JSON. Bounded by bytes (CMS_PUBLIC_CACHE_MAX_BYTES, 0 turns it off).
 * Runs after {@link Etags} on the way out (response filters run in descending priority), so it keeps
 * the exact bytes and ETag that were sent.
 */
@Provider
@PublicRead
@Priority(Priorities.USER - 100)
public class PublicReadCache implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String MISS = PublicReadCache.class.getName() + ".miss";

    private record Entry(String version, byte[] body, String etag, String type) {
    }

    private record Miss(String key, String version) {
    }

    private final Cache<String, Entry> entries;
    private final long maxEntryBytes;
    private final SecurityIdentity identity;
    private final ContentVersion contentVersion;
    private final Counter hits;
    private final Counter misses;

    public PublicReadCache(@ConfigProperty(name = "cms.public-cache.max-bytes") long maxBytes, SecurityIdentity identity,
                           ContentVersion contentVersion, MeterRegistry metrics) {
        this.entries = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> 2 * key.length() + e.body().length + e.etag().length() + 64)
                .build();
        this.maxEntryBytes = maxBytes / 16;
        this.identity = identity;
        this.contentVersion = contentVersion;
        this.hits = Counter.builder("cms.public.cache").tag("result", "hit").description("Public reads answered from the response cache").register(metrics);
        this.misses = Counter.builder("cms.public.cache").tag("result", "miss").description("Public reads computed and kept").register(metrics);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (entries == null || !"GET".equals(request.getMethod()) || !identity.isAnonymous()) {
            return;
        }
        String key = request.getUriInfo().getRequestUri().toString();
        String version = contentVersion.current();
        Entry entry = entries.getIfPresent(key);
        if (entry == null || !entry.version().equals(version)) {
            misses.increment();
            request.setProperty(MISS, new Miss(key, version));
            return;
        }
        hits.increment();
        Response.ResponseBuilder answer = Etags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), entry.etag())
                ? Response.notModified()
                : Response.ok(entry.body(), entry.type());
        request.abortWith(answer.header(HttpHeaders.ETAG, entry.etag())
                .header(HttpHeaders.CACHE_CONTROL, Etags.PUBLIC_CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(MISS) instanceof Miss miss && response.getStatus() == 200
                && response.getEntity() instanceof byte[] body && body.length <= maxEntryBytes
                && response.getHeaderString(HttpHeaders.ETAG) != null && response.getMediaType() != null) {
            entries.put(miss.key(), new Entry(miss.version(), body, response.getHeaderString(HttpHeaders.ETAG),
                    response.getMediaType().toString()));
        }
    }
}

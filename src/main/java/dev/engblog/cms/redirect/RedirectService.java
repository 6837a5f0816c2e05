package dev.engblog.cms.redirect;

import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.Patterns;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.http.Moved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Slug history: when a public item's slug changes, the old slug keeps answering with a 301 to the new
 * one. Learns of moves by observing content changes in their transaction, so it knows no feature; the
 * features' slug reads ask it only after they found nothing.
 */
@ApplicationScoped
public class RedirectService {

    /** The listing's parameters (as documented): most recent moves first. */
    public static final ListSpec LIST = ListSpec.builder("r.id")
            .filter("kind")
            .sort("movedAt", SortKey.timestamp("r.updated_at"))
            .defaultSort("-movedAt")
            .build();

    static final Map<String, String> PATHS = Map.of("post", "/api/v1/posts/slug/", "category", "/api/v1/categories/slug/",
            "tag", "/api/v1/tags/slug/", "author", "/api/v1/authors/slug/");
    private static final Set<String> WRITES = Set.of("added", "created", "updated", "deleted");

    private final RedirectRepository redirects;
    private final Lister lister;

    public RedirectService(RedirectRepository redirects, Lister lister) {
        this.redirects = redirects;
        this.lister = lister;
    }

    /** Records slug moves, releases retired slugs that an item takes again, forgets deleted items. */
    void record(@Observes ContentChanged change) {
        int dot = change.event().indexOf('.');
        String kind = dot < 0 ? "" : change.event().substring(0, dot);
        if (!PATHS.containsKey(kind) || !WRITES.contains(change.event().substring(dot + 1))) {
            return;
        }
        if (change.current() == null) {
            redirects.forget(kind, change.id());
            return;
        }
        String now = (String) component(change.current(), "slug");
        redirects.release(kind, now);
        String before = change.previous() == null ? null : (String) component(change.previous(), "slug");
        if (before != null && !before.equals(now) && (!kind.equals("post") || wasPublic(change.previous()))) {
            redirects.move(kind, change.id(), before, now, Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** Only a slug the public could have linked to is worth keeping: a draft's slug never was. */
    private static boolean wasPublic(Object post) {
        String status = String.valueOf(component(post, "status"));
        Instant publishedAt = (Instant) component(post, "publishedAt");
        return (status.equals("PUBLISHED") || status.equals("SCHEDULED")) && publishedAt != null && !publishedAt.isAfter(Instant.now());
    }

    private static Object component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException(record.getClass().getSimpleName() + " has no " + name);
    }

    /**
     * The read's answer; when it finds nothing (404) and the slug is a retired one of this kind, a 301 to
     * the item's current slug instead.
     */
    public <T> T readOrRedirect(String kind, String slug, UriInfo uri, Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiException e) {
            if (e.status() != 404 || slug == null || slug.length() > Keys.MAX_SLUG || !slug.matches(Patterns.SLUG)) {
                throw e; // a slug that cannot exist was never retired either
            }
            Redirect moved = redirects.find(kind, slug).map(RedirectService::redirect).orElseThrow(() -> e);
            throw new Moved(uri.getBaseUriBuilder().path(moved.location()).build(), moved);
        }
    }

    public Page<Redirect> list(MultivaluedMap<String, String> query, UriInfo uri) {
        ListRequest request = LIST.parse(query);
        Where where = new Where().and(RedirectRepository.PUBLIC);
        String kind = request.filter("kind");
        if (kind != null) {
            if (!PATHS.containsKey(kind)) {
                throw ApiException.badParameter("kind", "must be one of post, category, tag, author");
            }
            where.and("r.kind = :kind", "kind", kind);
        }
        return lister.list(request, request.sort() == null ? LIST.defaultOrder() : request.sort(), RedirectRepository.ROWS, where,
                RedirectService::redirect, uri);
    }

    private static Redirect redirect(Tuple row) {
        String kind = row.get("kind", String.class);
        String to = row.get("new_slug", String.class);
        return new Redirect(kind, row.get("old_slug", String.class), to, PATHS.get(kind) + to, RedirectRepository.movedAt(row));
    }
}

package dev.engblog.cms.ghost;

import dev.engblog.cms.apikey.ApiKeyService;
import dev.engblog.cms.author.AuthorRef;
import dev.engblog.cms.author.AuthorService;
import dev.engblog.cms.category.CategoryRef;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.db.PublicPosts;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.taxonomy.Taxonomy;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import dev.engblog.cms.feed.SiteConfig;
import dev.engblog.cms.post.PostResponse;
import dev.engblog.cms.post.PostService;
import dev.engblog.cms.tag.TagRef;
import dev.engblog.cms.tag.TagVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Ghost's Content API over this CMS's public content, in Ghost's shapes and field names, through the
 * other features' services. Our category is a post's primary tag (first in {@code tags}), our tags
 * follow it; the tags resource lists categories and tags alike.
 */
@ApplicationScoped
public class GhostService {

    static final int DEFAULT_LIMIT = 15;
    static final int MAX_LIMIT = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);

    /** Categories and tags as one resource (Ghost has tags only); each row says which it is. */
    static final Taxonomy TAGS = Taxonomy.of("Tag",
            "(select id, slug, name, description, created_at, version, 'category' as kind from category"
                    + " union all select id, slug, name, description, created_at, version, 'tag' from tag)",
            Taxonomy.terms().field("kind", "kind", "x.kind"),
            "(case when x.kind = 'category' then (select count(*) from post p where p.category_id = x.id and " + PublicPosts.SQL + ")"
                    + " else (select count(*) from post_tag p where p.tag_id = x.id and " + PublicPosts.SQL + ") end)")
            .publicWhere("(x.kind = 'category' or " + TagVisibility.PUBLIC_SQL + ")");

    private static final Map<String, String> POST_ORDER = Map.of("published_at", "publishedAt", "created_at", "createdAt",
            "updated_at", "updatedAt", "title", "title");
    private static final Map<String, String> TERM_ORDER = Map.of("name", "name", "slug", "slug", "created_at", "createdAt",
            "count.posts", "postCount");

    private final PostService posts;
    private final TaxonomyReader taxonomies;
    private final ApiKeyService keys;
    private final SiteConfig site;

    public GhostService(PostService posts, TaxonomyReader taxonomies, ApiKeyService keys, SiteConfig site) {
        this.posts = posts;
        this.taxonomies = taxonomies;
        this.keys = keys;
        this.site = site;
    }

    /** The request's parameters as Ghost reads them; unknown ones are ignored, as Ghost does. */
    record Params(Set<String> include, Set<String> fields, Set<String> formats, int limit, int page, String order, String filter) {

        static Params of(MultivaluedMap<String, String> query) {
            return new Params(list(query.getFirst("include")), list(query.getFirst("fields")), list(query.getFirst("formats")),
                    limit(query.getFirst("limit")), page(query.getFirst("page")), query.getFirst("order"), query.getFirst("filter"));
        }

        private static Set<String> list(String value) {
            Set<String> items = new LinkedHashSet<>();
            if (value != null) {
                Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
            }
            return items;
        }

        private static int limit(String value) {
            if (value == null || value.isBlank()) {
                return DEFAULT_LIMIT;
            }
            if (value.equals("all")) {
                return MAX_LIMIT;
            }
            try {
                int n = Integer.parseInt(value.trim());
                if (n < 1) {
                    throw GhostError.validation("limit", "must be a positive number or 'all'");
                }
                return Math.min(n, MAX_LIMIT);
            } catch (NumberFormatException e) {
                throw GhostError.validation("limit", "must be a positive number or 'all'");
            }
        }

        private static int page(String value) {
            if (value == null || value.isBlank()) {
                return 1;
            }
            try {
                int n = Integer.parseInt(value.trim());
                if (n < 1) {
                    throw GhostError.validation("page", "must be a positive number");
                }
                return n;
            } catch (NumberFormatException e) {
                throw GhostError.validation("page", "must be a positive number");
            }
        }
    }

    /** 403 without a key, 401 for one that is not a live content key; counts the key's use (rate limit). */
    void checkKey(String key, String origin) {
        if (key == null || key.isBlank()) {
            throw GhostError.noKey();
        }
        if (!ghostish(() -> keys.useContentKey(key, origin))) {
            throw GhostError.unknownKey();
        }
    }

    // --- posts and pages --------------------------------------------------------------------------

    Map<String, Object> browsePosts(Params p, UriInfo uri) {
        Where filter = filter(p.filter(), GhostFilter.POSTS);
        String sort = sort(p.order(), POST_ORDER, "published_at desc");
        boolean html = formats(p).contains("html") || formats(p).contains("plaintext");
        Page<PostResponse> page = ghostish(() -> posts.publicPage(filter, p.page(), p.limit(), sort, html, uri));
        return browse("posts", page.data().stream().map(post -> post(post, p)).toList(), page, p);
    }

    Map<String, Object> readPost(Params p, String id, boolean bySlug) {
        PostResponse post = ghostish(() -> bySlug ? posts.getBySlug(Optional.empty(), id, null) : posts.get(Optional.empty(), id, null), "post");
        return Map.of("posts", List.of(post(post, p)));
    }

    Map<String, Object> browsePages(Params p) {
        return Map.of("pages", List.of(), "meta", Map.of("pagination", pagination(p.page(), p.limit(), 0, 0)));
    }

    Map<String, Object> post(PostResponse post, Params p) {
        Set<String> formats = formats(p);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", post.id().toString());
        out.put("uuid", post.id().toString());
        out.put("title", post.title());
        out.put("slug", post.slug());
        if (formats.contains("html")) {
            out.put("html", post.bodyHtml());
        }
        out.put("comment_id", post.id().toString());
        out.put("feature_image", post.coverImageUrl());
        out.put("featured", post.featured());
        out.put("visibility", "public");
        out.put("created_at", time(post.createdAt()));
        out.put("updated_at", time(post.updatedAt()));
        out.put("published_at", time(post.publishedAt()));
        out.put("custom_excerpt", blankToNull(post.excerpt()));
        out.put("codeinjection_head", null);
        out.put("codeinjection_foot", null);
        out.put("custom_template", null);
        out.put("canonical_url", blankToNull(post.seo().canonicalUrl()));
        if (p.include().contains("tags")) {
            List<Map<String, Object>> tags = new ArrayList<>();
            if (post.category() != null) {
                tags.add(embeddedTag(post.category()));
            }
            post.tags().forEach(t -> tags.add(embeddedTag(t)));
            out.put("tags", tags);
            out.put("primary_tag", tags.isEmpty() ? null : tags.get(0));
        }
        if (p.include().contains("authors")) {
            List<Map<String, Object>> authors = post.authors().stream().map(this::embeddedAuthor).toList();
            out.put("authors", authors);
            out.put("primary_author", authors.isEmpty() ? null : authors.get(0));
        }
        out.put("url", site.link(site.postPath(), post.slug()));
        out.put("excerpt", post.excerpt());
        out.put("reading_time", post.readingTimeMinutes());
        out.put("access", true);
        out.put("comments", false);
        out.put("og_image", blankToNull(post.seo().ogImageUrl()));
        out.put("og_title", null);
        out.put("og_description", null);
        out.put("twitter_image", null);
        out.put("twitter_title", null);
        out.put("twitter_description", null);
        out.put("meta_title", blankToNull(post.seo().metaTitle()));
        out.put("meta_description", blankToNull(post.seo().metaDescription()));
        out.put("email_subject", null);
        out.put("frontmatter", null);
        out.put("feature_image_alt", blankToNull(post.coverImageAlt()));
        out.put("feature_image_caption", null);
        if (formats.contains("plaintext")) {
            out.put("plaintext", plaintext(post.bodyHtml()));
        }
        return fields(out, p, Set.of("tags", "primary_tag", "authors", "primary_author"));
    }

    private Map<String, Object> embeddedTag(CategoryRef c) {
        return tag(c.id(), c.slug(), c.name(), null, "category");
    }

    private Map<String, Object> embeddedTag(TagRef t) {
        return tag(t.id(), t.slug(), t.name(), null, "tag");
    }

    private Map<String, Object> embeddedAuthor(AuthorRef a) {
        return author(a.id(), a.slug(), a.name(), null, a.avatarUrl(), null);
    }

    // --- tags and authors -------------------------------------------------------------------------

    Map<String, Object> browseTags(Params p, UriInfo uri) {
        Where filter = filter(p.filter(), GhostFilter.TAGS);
        Page<Map<String, Object>> page = ghostish(() -> taxonomies.publicList(TAGS, paging(p, sort(p.order(), TERM_ORDER, "name asc")),
                row -> tagRow(row, p), uri, filter, p.include().contains("count.posts")));
        return browse("tags", page.data(), page, p);
    }

    Map<String, Object> readTag(Params p, String key, boolean bySlug) {
        Function<Tuple, Map<String, Object>> mapper = row -> tagRow(row, p);
        Map<String, Object> tag = ghostish(() -> bySlug ? taxonomies.bySlug(TAGS, key, mapper, true, null) : taxonomies.byId(TAGS, key, mapper, true, null), "tag");
        return Map.of("tags", List.of(tag));
    }

    Map<String, Object> browseAuthors(Params p, UriInfo uri) {
        Where filter = filter(p.filter(), GhostFilter.AUTHORS);
        Page<Map<String, Object>> page = ghostish(() -> taxonomies.publicList(AuthorService.TAXONOMY,
                paging(p, sort(p.order(), TERM_ORDER, "name asc")), row -> authorRow(row, p), uri, filter, p.include().contains("count.posts")));
        return browse("authors", page.data(), page, p);
    }

    Map<String, Object> readAuthor(Params p, String key, boolean bySlug) {
        Function<Tuple, Map<String, Object>> mapper = row -> authorRow(row, p);
        Map<String, Object> author = ghostish(() -> bySlug ? taxonomies.bySlug(AuthorService.TAXONOMY, key, mapper, true, null)
                : taxonomies.byId(AuthorService.TAXONOMY, key, mapper, true, null), "author");
        return Map.of("authors", List.of(author));
    }

    private Map<String, Object> tagRow(Tuple row, Params p) {
        Map<String, Object> tag = tag(row.get("id", UUID.class), row.get("slug", String.class), row.get("name", String.class),
                row.get("description", String.class), row.get("kind", String.class));
        if (p.include().contains("count.posts")) {
            tag.put("count", Map.of("posts", ((Number) row.get("post_count")).longValue()));
        }
        return fields(tag, p, Set.of("count"));
    }

    private Map<String, Object> authorRow(Tuple row, Params p) {
        Map<String, Object> author = author(row.get("id", UUID.class), row.get("slug", String.class), row.get("name", String.class),
                row.get("bio", String.class), row.get("avatar_url", String.class), row.get("website_url", String.class));
        if (p.include().contains("count.posts")) {
            author.put("count", Map.of("posts", ((Number) row.get("post_count")).longValue()));
        }
        return fields(author, p, Set.of("count"));
    }

    private Map<String, Object> tag(UUID id, String slug, String name, String description, String kind) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id.toString());
        out.put("name", name);
        out.put("slug", slug);
        out.put("description", blankToNull(description));
        out.put("feature_image", null);
        out.put("visibility", "public");
        out.put("og_image", null);
        out.put("og_title", null);
        out.put("og_description", null);
        out.put("twitter_image", null);
        out.put("twitter_title", null);
        out.put("twitter_description", null);
        out.put("meta_title", null);
        out.put("meta_description", null);
        out.put("codeinjection_head", null);
        out.put("codeinjection_foot", null);
        out.put("canonical_url", null);
        out.put("accent_color", null);
        out.put("url", site.link("category".equals(kind) ? site.categoryPath() : site.tagPath(), slug));
        return out;
    }

    private Map<String, Object> author(UUID id, String slug, String name, String bio, String avatar, String website) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id.toString());
        out.put("name", name);
        out.put("slug", slug);
        out.put("profile_image", blankToNull(avatar));
        out.put("cover_image", null);
        out.put("bio", blankToNull(bio));
        out.put("website", blankToNull(website));
        out.put("location", null);
        out.put("facebook", null);
        out.put("twitter", null);
        out.put("meta_title", null);
        out.put("meta_description", null);
        out.put("url", site.link(site.authorPath(), slug));
        return out;
    }

    // --- settings ---------------------------------------------------------------------------------

    Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", site.title());
        s.put("description", site.description());
        s.put("logo", null);
        s.put("icon", null);
        s.put("accent_color", null);
        s.put("cover_image", null);
        s.put("facebook", null);
        s.put("twitter", null);
        s.put("lang", "en");
        s.put("locale", "en");
        s.put("timezone", "Etc/UTC");
        s.put("codeinjection_head", null);
        s.put("codeinjection_foot", null);
        s.put("navigation", List.of(Map.of("label", "Home", "url", "/")));
        s.put("secondary_navigation", List.of());
        s.put("meta_title", null);
        s.put("meta_description", null);
        s.put("og_image", null);
        s.put("og_title", null);
        s.put("og_description", null);
        s.put("twitter_image", null);
        s.put("twitter_title", null);
        s.put("twitter_description", null);
        s.put("members_support_address", "noreply");
        s.put("url", site.url().replaceAll("/+$", "") + "/");
        return Map.of("settings", s, "meta", Map.of());
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static Map<String, Object> browse(String resource, List<Map<String, Object>> items, Page<?> page, Params p) {
        long total = page.meta().totalItems() == null ? items.size() : page.meta().totalItems();
        return Map.of(resource, items, "meta", Map.of("pagination", pagination(p.page(), p.limit(), total, items.size())));
    }

    private static Map<String, Object> pagination(int page, int limit, long total, int onPage) {
        long pages = Math.max(1, (total + limit - 1) / limit);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("page", page);
        meta.put("limit", limit);
        meta.put("pages", pages);
        meta.put("total", total);
        meta.put("next", page < pages ? page + 1 : null);
        meta.put("prev", page > 1 ? page - 1 : null);
        return meta;
    }

    private static Set<String> formats(Params p) {
        return p.formats().isEmpty() ? Set.of("html") : p.formats();
    }

    /** Ghost's {@code fields}: only the named properties (unknown names are ignored), plus what {@code include} added. */
    private static Map<String, Object> fields(Map<String, Object> item, Params p, Set<String> included) {
        if (p.fields().isEmpty()) {
            return item;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((k, v) -> {
            if (p.fields().contains(k) || included.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Ghost's order ({@code "published_at desc"}) as the listing's sort; one property, asc or desc. */
    private static String sort(String order, Map<String, String> names, String fallback) {
        String text = order == null || order.isBlank() ? fallback : order.trim();
        if (text.contains(",")) {
            throw GhostError.validation("order", "order by one property, e.g. '" + fallback + "'");
        }
        String[] parts = text.split("\\s+");
        String field = names.get(parts[0].toLowerCase(Locale.ROOT));
        if (field == null || parts.length > 2) {
            throw GhostError.validation("order", "'" + parts[0] + "' is not sortable here; use one of "
                    + String.join(", ", names.keySet().stream().sorted().toList()) + " with asc or desc");
        }
        String direction = parts.length == 2 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw GhostError.validation("order", "the direction is asc or desc, not '" + parts[1] + "'");
        }
        return (direction.equals("desc") ? "-" : "") + field;
    }

    private static MultivaluedMap<String, String> paging(Params p, String sort) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.putSingle("page", String.valueOf(p.page()));
        query.putSingle("size", String.valueOf(p.limit()));
        query.putSingle("sort", sort);
        return query;
    }

    private static Where filter(String filter, Map<String, GhostFilter.Field> fields) {
        try {
            return GhostFilter.of(filter, fields);
        } catch (Nql.NqlException e) {
            throw GhostError.badFilter(e.getMessage());
        }
    }

    private static <T> T ghostish(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw GhostError.from(e);
        }
    }

    private static <T> T ghostish(Supplier<T> call, String what) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw e.status() == 404 ? GhostError.notFound(what) : GhostError.from(e);
        }
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The text of the HTML body: block ends become line breaks, tags go, the five entities are decoded. */
    static String plaintext(String html) {
        if (html == null) {
            return null;
        }
        return html.replaceAll("(?i)<br\\s*/?>|</(p|h[1-6]|li|pre|blockquote|div|tr)>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\n{3,}", "\n\n").strip();
    }
}

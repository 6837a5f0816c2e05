package dev.engblog.cms.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engblog.cms.author.AuthorRef;
import dev.engblog.cms.category.CategoryRef;
import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.api.SortOrder;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.db.Reads;
import dev.engblog.cms.media.MediaLinks;
import dev.engblog.cms.tag.TagRef;
import dev.engblog.cms.tag.TagVisibility;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import dev.engblog.cms.common.error.ApiException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Post queries. Reads are SQL projections: the category by join, tags and ordered authors as JSON
 * arrays aggregated by PostgreSQL, so a page of any size is one statement (plus, for numbered pages,
 * the content version and, after a change, its count: see {@link Lister}).
 */
@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    static final int MAX_TAG_FILTERS = 20;
    static final int MAX_TEXT_FILTER = 200;

    private static final String SEARCH_QUERY = "websearch_to_tsquery('english', :q)";
    private static final String JOINS = "left join category c on c.id = p.category_id";
    /**
     * Tag links seen as posts: each carries its post's category, status and publish time (kept in step by
     * triggers), so a public tag page, with or without a category, is read in order from one index and
     * counted from it alone. Aliased {@code p} with the columns the visibility and date filters name.
     */
    private static final String TAG_LINKS =
            "(select pt.post_id as id, pt.tag_id, pt.category_id, pt.status, pt.published_at from post_tag pt)";
    /** The filters the tag-link path can answer; any other one (or several tags) takes the post table. */
    private static final Set<String> TAG_LINK_FILTERS = Set.of("tag", "category", "publishedAfter", "publishedBefore", Fields.INCLUDE,
            Fields.FIELDS);

    /**
     * The snippet of a search hit, computed for the kept rows only: ts_headline over the title and
     * excerpt when they match (the small vector says so), otherwise over the first 4,000 characters of
     * the body. The matches are marked with two private-use characters (removed from the text first),
     * which {@link #highlight(String)} turns into {@code <mark>} after HTML-escaping the rest.
     */
    private static final String HIGHLIGHT_OPTIONS =
            "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=30, MinWords=12, ShortWord=3, "
            + "MaxFragments=2, FragmentDelimiter=\" … \"'";
    private static final String HIGHLIGHT = """
            case when p.search_head @@ %1$s
                 then ts_headline('english', translate(p.title || '. ' || p.excerpt, chr(57344) || chr(57345), ''), %1$s, %2$s)
                 else ts_headline('english', translate(left(p.body_markdown, 4000), chr(57344) || chr(57345), ''), %1$s, %2$s)
            end""".formatted(SEARCH_QUERY, HIGHLIGHT_OPTIONS);

    /** What list items can carry: the summary, the bodies when asked for; {@code highlight} is read in searches only. */
    static final Fields LIST_FIELDS = fields(true, "null");
    /** A search's list items: the summary and the highlighted snippet, the bodies when asked for. */
    static final Fields SEARCH_FIELDS = fields(true, HIGHLIGHT);
    /** A whole post: the summary and both bodies. */
    static final Fields READ_FIELDS = fields(false, "null");

    /**
     * The columns of a post and the properties read from them: the category by join, tags and ordered
     * authors as JSON arrays aggregated by PostgreSQL, the media-library cover as JSON.
     */
    private static Fields fields(boolean listItem, String highlight) {
        Fields.Builder f = Fields.builder()
                .field("id", "id", "p.id").field("slug", "slug", "p.slug").field("title", "title", "p.title")
                .field("excerpt", "excerpt", "p.excerpt")
                .field("coverImageUrl", "cover_image_url", "p.cover_image_url").field("coverImageAlt", "cover_image_alt", "p.cover_image_alt")
                .field("coverImage", "cover_json",
                        "case when p.cover_media_id is not null then " + MediaLinks.embedSql("p.cover_media_id") + " end")
                .field("icon", "icon", "p.icon")
                .column("category_id", "c.id").column("category_slug", "c.slug").column("category_name", "c.name")
                .property("category", "category_id", "category_slug", "category_name")
                .field("tags", "tags_json", """
                        (select coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) order by t.name, t.id), '[]')
                           from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id)::text""")
                .field("authors", "authors_json", """
                        (select coalesce(json_agg(json_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'avatarUrl', a.avatar_url)
                                order by pa.sort_order), '[]')
                           from post_author pa join author a on a.id = pa.author_id where pa.post_id = p.id)::text""")
                .field("status", "status", "p.status").field("featured", "featured", "p.featured")
                .field("publishedAt", "published_at", "p.published_at").field("createdAt", "created_at", "p.created_at")
                .field("updatedAt", "updated_at", "p.updated_at")
                .field("readingTimeMinutes", "reading_time_minutes", "p.reading_time_minutes")
                .field("wordCount", "word_count", "p.word_count")
                .column("seo_meta_title", "p.seo_meta_title").column("seo_meta_description", "p.seo_meta_description")
                .column("seo_canonical_url", "p.seo_canonical_url").column("seo_og_image_url", "p.seo_og_image_url")
                .property("seo", "seo_meta_title", "seo_meta_description", "seo_canonical_url", "seo_og_image_url")
                .field("version", "version", "p.version")
                .column("highlight", highlight).column("body_markdown", "p.body_markdown").column("body_html", "p.body_html");
        if (!listItem) {
            return f.property("bodyMarkdown", "body_markdown").property("bodyHtml", "body_html").build();
        }
        if (highlight.equals("null")) {
            f.optional("highlight", "highlight");
        } else {
            f.property("highlight", "highlight");
        }
        return f.optional("bodyMarkdown", "body_markdown").optional("bodyHtml", "body_html")
                .shorthand("body", "bodyMarkdown", "bodyHtml").build();
    }

    /** The rows of posts with the chosen properties (the category joined only when it is one of them). */
    static Lister.Source source(Fields.Selection selection) {
        return new Lister.Source("post", "p", selection.has("category") ? JOINS : "", selection.sql()).versioned();
    }

    /** What the public listing accepts: ordered on the indexed publish time. */
    static final ListSpec PUBLIC_LIST = listSpec("p.published_at");
    /** Staff lists also hold drafts without a publish time: those sort as if dated at the end of time. */
    public static final ListSpec STAFF_LIST = listSpec("coalesce(p.published_at, timestamptz '9999-12-31T00:00:00Z')");

    private static ListSpec listSpec(String publishedAt) {
        return ListSpec.builder("p.id")
                .filter("category").repeatableFilter("tag").filter("author").filter("featured").filter("status")
                .filter("publishedAfter").filter("publishedBefore").filter("q").filter(Fields.INCLUDE).filter(Fields.FIELDS)
                .sort("publishedAt", SortKey.timestamp(publishedAt))
                .sort("createdAt", SortKey.timestamp("p.created_at"))
                .sort("updatedAt", SortKey.timestamp("p.updated_at"))
                .sort("title", SortKey.text("p.title"))
                .defaultSort("-publishedAt")
                .build();
    }

    private static final TypeReference<List<TagRef>> TAGS = new TypeReference<>() {
    };
    private static final TypeReference<List<AuthorRef>> AUTHORS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Reads reads;
    private final MediaLinks media;

    public PostRepository(ObjectMapper json, Reads reads, MediaLinks media) {
        this.json = json;
        this.reads = reads;
        this.media = media;
    }

    /** What one post listing reads: the source (with the relation its page and total walk) and the conditions. */
    record Listing(Lister.Source source, Where where) {
    }

    /**
     * The listing of a request: the public one with one tag (and optionally a category and dates), in
     * publish order, walks the tag links; a search also reads highlights; anything else walks posts.
     */
    Listing listing(ListRequest request, SortOrder order, Where visibility, boolean anonymous, Fields.Selection selection) {
        if (anonymous && TAG_LINK_FILTERS.containsAll(request.filters().keySet()) && request.filterValues("tag").size() == 1
                && order.keys().get(0).sql().equals("p.published_at")) {
            Where where = visibility.and("p.tag_id = (select id from tag where slug = :tag)", "tag",
                    request.textFilter("tag", MAX_TEXT_FILTER));
            String category = request.textFilter("category", MAX_TEXT_FILTER);
            if (category != null) {
                where.and("p.category_id = (select id from category where slug = :category)", "category", category);
            }
            dates(request, where);
            return new Listing(source(selection).walking(TAG_LINKS), where);
        }
        return new Listing(source(selection), filters(request, visibility));
    }

    /** The filters of a list request as SQL; an unknown slug simply matches nothing. */
    public Where filters(ListRequest request, Where where) {
        String category = request.textFilter("category", MAX_TEXT_FILTER);
        if (category != null) {
            where.and("p.category_id = (select id from category where slug = :category)", "category", category);
        }
        List<String> tags = request.textFilters("tag", MAX_TAG_FILTERS, MAX_TEXT_FILTER);
        if (!tags.isEmpty()) {
            where.and("exists (select 1 from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id and t.slug in (:tags))",
                    "tags", tags);
        }
        String author = request.textFilter("author", MAX_TEXT_FILTER);
        if (author != null) {
            where.and("exists (select 1 from post_author pa join author a on a.id = pa.author_id where pa.post_id = p.id and a.slug = :author)",
                    "author", author);
        }
        String status = request.filter("status");
        if (status != null) {
            where.and("p.status = :status", "status", parseStatus(status).name());
        }
        Boolean featured = request.booleanFilter("featured");
        if (featured != null) {
            where.and("p.featured = :featured", "featured", featured);
        }
        dates(request, where);
        String q = request.textFilter("q", MAX_TEXT_FILTER);
        if (q != null) {
            where.and("p.search @@ " + SEARCH_QUERY, "q", q);
        }
        return where;
    }

    private static void dates(ListRequest request, Where where) {
        var after = request.instantFilter("publishedAfter");
        if (after != null) {
            where.and("p.published_at >= :publishedAfter", "publishedAfter", after);
        }
        var before = request.instantFilter("publishedBefore");
        if (before != null) {
            where.and("p.published_at < :publishedBefore", "publishedBefore", before);
        }
    }

    /**
     * Best match first, then newest: the order of a search without a sort. The rank reads the small
     * title-and-excerpt vector, so a title hit ranks above an excerpt hit above a body-only hit
     * without reading every matching body.
     */
    static List<SortKey> relevance() {
        return List.of(SortKey.real("ts_rank(p.search_head, " + SEARCH_QUERY + ")"), SortKey.timestamp("p.published_at"));
    }

    /** (kind, slug, last change) of every public page: posts newest first, then categories, tags, authors. */
    /**
     * The sitemap's rows, newest public posts first (at most {@code ?} of them), then every category,
     * tag and author: kind, slug and last change. JDBC text, so a caller can stream it from a cursor.
     */
    public static final String SITEMAP_SQL = """
            (select 'post' as kind, p.slug, p.updated_at from post p where %s order by p.published_at desc, p.id desc limit ?)
            union all (select 'category', slug, updated_at from category order by slug)
            union all (select 'tag', x.slug, x.updated_at from tag x where %s order by x.slug)
            union all (select 'author', slug, updated_at from author order by slug)
            """.formatted(PostVisibility.PUBLIC_SQL, TagVisibility.PUBLIC_SQL);

    /**
     * The newest posts matching the filters as feeds carry them: the HTML body (never the Markdown),
     * left out (null) when it is longer than {@code maxHtml} characters, so it is not even read.
     */
    public List<PostResponse> feedEntries(Where where, int limit, int maxHtml) {
        Query query = reads.em()
                .createNativeQuery("select " + LIST_FIELDS.defaults().sql(Map.of("body_html",
                                "case when length(p.body_html) <= :maxHtml then p.body_html end")) + " from post p " + JOINS
                        + " where " + where.sql() + " order by p.published_at desc, p.id desc limit :limit", Tuple.class)
                .setParameter("limit", limit)
                .setParameter("maxHtml", maxHtml);
        where.bind(query);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(this::whole).toList();
    }

    PostResponse whole(Tuple row) {
        return PostResponse.of(summary(row));
    }

    /** One post matching the condition (on {@code :key}) and the visibility, with the chosen properties. */
    Optional<PostResponse> findOne(String condition, Object key, Where visibility, Fields.Selection selection) {
        Query query = reads.em()
                .createNativeQuery("select " + selection.sql() + " from post p " + (selection.has("category") ? JOINS : "")
                        + " where " + condition + " and " + visibility.sql(), Tuple.class)
                .setParameter("key", key);
        visibility.bind(query);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().findFirst().map(this::whole);
    }

    private static PostStatus parseStatus(String text) {
        try {
            return PostStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("status", "must be one of DRAFT, SCHEDULED, PUBLISHED, ARCHIVED");
        }
    }

    /** The slugs of a post's relations, to show its current state as a request (for merge patches). */
    PostRequest asRequest(Post post) {
        EntityManager em = getEntityManager();
        String category = post.categoryId == null ? null
                : (String) em.createNativeQuery("select slug from category where id = :id").setParameter("id", post.categoryId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> tags = em.createNativeQuery("select t.slug from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = :id order by t.slug")
                .setParameter("id", post.id).getResultList();
        @SuppressWarnings("unchecked")
        List<String> authors = em.createNativeQuery("select a.slug from post_author pa join author a on a.id = pa.author_id where pa.post_id = :id order by pa.sort_order")
                .setParameter("id", post.id).getResultList();
        Seo seo = new Seo(post.seoMetaTitle, post.seoMetaDescription, post.seoCanonicalUrl, post.seoOgImageUrl);
        return new PostRequest(post.title, post.slug, post.excerpt, post.bodyMarkdown, post.coverImageUrl, post.coverImageAlt, post.coverMediaId,
                post.icon, category, tags, authors, post.status, post.featured, post.publishedAt, seo);
    }

    /**
     * A free slug: the base itself, or the base with the lowest free numeric suffix. A transaction
     * lock on the base makes concurrent posts with the same title take turns, so they get different
     * suffixes instead of one of them failing on the unique slug.
     */
    String freeSlug(String base, UUID exceptId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('post-slug:' || :base))")
                .setParameter("base", base).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> taken = getEntityManager()
                .createNativeQuery("select slug from post where (slug = :base or slug like :prefix) and id <> :id")
                .setParameter("base", base).setParameter("prefix", base + "-%").setParameter("id", exceptId)
                .getResultList();
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    /**
     * A list item from a row of {@link #LIST_FIELDS} (or any other post selection): a property the
     * request did not ask for was read as null and is cut from the answer (see {@link Fields}).
     */
    PostSummary summary(Tuple row) {
        UUID categoryId = row.get("category_id", UUID.class);
        CategoryRef category = categoryId == null ? null
                : new CategoryRef(categoryId, row.get("category_slug", String.class), row.get("category_name", String.class));
        Seo seo = new Seo(row.get("seo_meta_title", String.class), row.get("seo_meta_description", String.class),
                row.get("seo_canonical_url", String.class), row.get("seo_og_image_url", String.class));
        String status = row.get("status", String.class);
        return new PostSummary(row.get("id", UUID.class), row.get("slug", String.class), row.get("title", String.class),
                row.get("excerpt", String.class), row.get("cover_image_url", String.class),
                row.get("cover_image_alt", String.class), media.embed(row.get("cover_json", String.class)), row.get("icon", String.class), category,
                parse(row.get("tags_json", String.class), TAGS), parse(row.get("authors_json", String.class), AUTHORS),
                status == null ? null : PostStatus.valueOf(status), Boolean.TRUE.equals(row.get("featured")),
                SortKey.toInstant(row.get("published_at")), SortKey.toInstant(row.get("created_at")),
                SortKey.toInstant(row.get("updated_at")), (int) Fields.number(row, "reading_time_minutes"),
                (int) Fields.number(row, "word_count"), seo, Fields.number(row, "version"),
                highlight(row.get("highlight", String.class)), row.get("body_markdown", String.class), row.get("body_html", String.class));
    }

    /** HTML-escapes the snippet, then turns the two match markers into {@code <mark>} and {@code </mark>}. */
    static String highlight(String marked) {
        if (marked == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '\uE000' -> html.append("<mark>");
                case '\uE001' -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString().strip();
    }

    private <T> List<T> parse(String text, TypeReference<List<T>> type) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable aggregate from the database", e);
        }
    }

    /** Whether the public saw the post before a write, and whether it does now. */
    record Liveness(boolean was, boolean is) {
    }

    /**
     * Records, by the database clock, whether the post is live now: announced_at keeps the time it
     * first went live and is cleared when it goes down. The row lock makes this exact when a write, the
     * scheduler and another instance race: only one of them sees it go live. The clock is the
     * database's at this statement (not the transaction's start, which precedes a "now" the write chose).
     */
    Liveness recordLiveness(UUID id) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        with old as (select announced_at from post where id = :id for update)
                        update post p set announced_at = case when p.status in ('PUBLISHED', 'SCHEDULED') and p.published_at <= clock_timestamp()
                                                              then coalesce(p.announced_at, clock_timestamp()) end
                          from old where p.id = :id
                        returning old.announced_at is not null, p.announced_at is not null""")
                .setParameter("id", id).getSingleResult();
        return new Liveness((Boolean) row[0], (Boolean) row[1]);
    }

    /**
     * Announces up to {@code n} posts whose publish time has come (scheduled, or published with a future
     * date). Nothing due, nothing written: an UPDATE of no rows would still fire the statement triggers
     * that bump the content generation, and every instance's poll would throw away the cached totals
     * and public answers of every instance.
     */
    @SuppressWarnings("unchecked")
    List<UUID> announceDue(int n) {
        List<UUID> due = getEntityManager().createNativeQuery("""
                        select id from post where announced_at is null and status in ('PUBLISHED', 'SCHEDULED')
                           and published_at <= clock_timestamp() order by published_at limit :n for update skip locked""")
                .setParameter("n", n).getResultList();
        if (due.isEmpty()) {
            return due;
        }
        return getEntityManager().createNativeQuery("update post set announced_at = clock_timestamp() where id in (:due) returning id")
                .setParameter("due", due).getResultList();
    }
}

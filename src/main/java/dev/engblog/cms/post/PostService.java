package dev.engblog.cms.post;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.author.AuthorService;
import dev.engblog.cms.category.CategoryService;
import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.RequestedFields;
import dev.engblog.cms.common.api.SortOrder;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.http.IfMatch;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.text.Markdown;
import dev.engblog.cms.common.text.Slugs;
import dev.engblog.cms.media.MediaService;
import dev.engblog.cms.tag.TagService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Posts: who sees and edits which, the publishing workflow, and rendering on write. */
@ApplicationScoped
public class PostService {

    private final PostRepository posts;
    private final CategoryService categories;
    private final TagService tags;
    private final AuthorService authors;
    private final MediaService media;
    private final Lister lister;
    private final MergePatch mergePatch;
    private final Counter published;
    private final Event<ContentChanged> changes;
    private final RequestedFields requestedFields;

    /** What the sitemap streams: every public post's slug and time, newest first (one parameter: the limit). */
    public static final String SITEMAP_SQL = PostRepository.SITEMAP_SQL;
    /** The staff listing's parameters (as documented). */
    public static final ListSpec STAFF_LIST = PostRepository.STAFF_LIST;
    /** The properties list items (search hits included) may be narrowed to or extended with. */
    public static final Fields LIST_FIELDS = PostRepository.SEARCH_FIELDS;
    /** The properties a single post may be narrowed to. */
    public static final Fields READ_FIELDS = PostRepository.READ_FIELDS;

    public PostService(PostRepository posts, CategoryService categories, TagService tags, AuthorService authors, MediaService media,
                       Lister lister, MergePatch mergePatch, MeterRegistry metrics, Event<ContentChanged> changes,
                       RequestedFields requestedFields) {
        this.requestedFields = requestedFields;
        this.media = media;
        this.posts = posts;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.lister = lister;
        this.mergePatch = mergePatch;
        this.changes = changes;
        this.published = Counter.builder("cms.posts.published").description("Posts moved into PUBLISHED").register(metrics);
    }

    // --- rules -------------------------------------------------------------------------------

    /** A post is the caller's own when the caller's author profile is among its authors. */
    static boolean isOwn(Caller caller, Post post) {
        return caller.authorId() != null && post.authorIds.contains(caller.authorId());
    }

    static boolean isPublic(Post post, Instant now) {
        return (post.status == PostStatus.PUBLISHED || post.status == PostStatus.SCHEDULED)
                && post.publishedAt != null && !post.publishedAt.isAfter(now);
    }

    /**
     * The newest public posts matching the filters, as feeds carry them: the HTML body, left out (null)
     * when longer than {@code maxHtml} characters.
     */
    public List<PostResponse> latestPublic(ListRequest filters, int limit, int maxHtml) {
        return posts.feedEntries(posts.filters(filters, PostVisibility.publicOnly()), limit, maxHtml);
    }

    /** Editors see everything; others see public posts and their own. */
    static boolean canSee(Caller caller, Post post, Instant now) {
        return caller.atLeast(Role.EDITOR) || isPublic(post, now) || isOwn(caller, post);
    }

    /** Editors edit every post, authors their own, contributors only their own drafts. */
    static boolean canEdit(Caller caller, Post post) {
        if (caller.atLeast(Role.EDITOR)) {
            return true;
        }
        if (caller.role() == Role.AUTHOR) {
            return isOwn(caller, post);
        }
        return isOwn(caller, post) && post.status == PostStatus.DRAFT;
    }

    /** Contributors write drafts only: they can neither publish nor schedule (not even into the past). */
    static boolean canSetStatus(Caller caller, PostStatus status) {
        return status == PostStatus.DRAFT || caller.atLeast(Role.AUTHOR);
    }

    // --- reads -------------------------------------------------------------------------------

    public Page<PostSummary> list(Optional<Caller> caller, MultivaluedMap<String, String> query, UriInfo uri) {
        var spec = caller.isPresent() ? PostRepository.STAFF_LIST : PostRepository.PUBLIC_LIST;
        ListRequest request = spec.parse(query);
        boolean search = request.filter("q") != null;
        Fields.Selection selection = requestedFields.note((search ? PostRepository.SEARCH_FIELDS : PostRepository.LIST_FIELDS)
                .select(request.filter(Fields.FIELDS), request.filter(Fields.INCLUDE)));
        SortOrder order = request.sort() != null ? request.sort()
                : search ? spec.order("relevance", PostRepository.relevance(), true)
                : spec.defaultOrder();
        PostRepository.Listing listing = posts.listing(request, order, PostVisibility.forCaller(caller), caller.isEmpty(), selection);
        return lister.list(request, order, listing.source(), listing.where(), posts::summary, uri);
    }

    /**
     * Public posts for another surface (the Ghost Content API): a numbered page in the given order
     * ({@code sort} as the public listing takes it) with extra conditions (SQL over {@code p}, values
     * bound), the HTML body read only when asked for. Totals come from the content-versioned cache, as
     * every listing's do, so a first page does not count on every request.
     */
    public Page<PostResponse> publicPage(Where filter, int page, int size, String sort, boolean html, UriInfo uri) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.putSingle("page", String.valueOf(page));
        query.putSingle("size", String.valueOf(size));
        if (sort != null) {
            query.putSingle("sort", sort);
        }
        ListRequest request = PostRepository.PUBLIC_LIST.parse(query);
        SortOrder order = request.sort() != null ? request.sort() : PostRepository.PUBLIC_LIST.defaultOrder();
        return lister.list(request, order, PostRepository.source(PostRepository.LIST_FIELDS.select(null, html ? "bodyHtml" : null)),
                PostVisibility.publicOnly().and(filter), posts::whole, uri);
    }

    /** Every property of a post, or only those {@code fields} names, noted for the answer to be cut down. */
    private Fields.Selection read(String fields) {
        return fields == null ? PostRepository.READ_FIELDS.defaults() : requestedFields.note(PostRepository.READ_FIELDS.select(fields, null));
    }

    /** One post by id, with every property or only those {@code fields} names (null for all). */
    public PostResponse get(Optional<Caller> caller, String id, String fields) {
        Fields.Selection selection = read(fields);
        return posts.findOne("p.id = :key", Keys.id(id), PostVisibility.forCaller(caller), selection)
                .orElseThrow(() -> ApiException.notFound("Post"));
    }

    /** One post by slug, with every property or only those {@code fields} names (null for all). */
    public PostResponse getBySlug(Optional<Caller> caller, String slug, String fields) {
        Fields.Selection selection = read(fields);
        return posts.findOne("p.slug = :key", Keys.slug(slug, "Post"), PostVisibility.forCaller(caller), selection)
                .orElseThrow(() -> ApiException.notFound("Post"));
    }

    /**
     * The post as staff see it, when the caller may edit it: 404 when they may not even see it, 403 when
     * they may only look. Features that act on a post for its editors (revisions, preview links) ask here.
     */
    public PostResponse editableView(Caller caller, String id) {
        return staffView(editable(caller, id, null).id);
    }

    /** The post as it is now, drafts included, whoever asks: for holders of a preview link only. */
    public Optional<PostResponse> anyById(UUID id) {
        return posts.findOne("p.id = :key", id, new Where(), PostRepository.READ_FIELDS.defaults());
    }

    // --- writes ------------------------------------------------------------------------------

    @Transactional
    public PostResponse create(Caller caller, PostRequest request) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.createdAt = now();
        write(caller, post, request);
        posts.persist(post);
        return reread(post, null);
    }

    @Transactional
    public PostResponse replace(Caller caller, String id, String ifMatch, PostRequest request) {
        Post post = editable(caller, id, ifMatch);
        PostResponse before = staffView(post.id);
        write(caller, post, request);
        return reread(post, before);
    }

    @Transactional
    public PostResponse patch(Caller caller, String id, String ifMatch, JsonNode patch) {
        Post post = editable(caller, id, ifMatch);
        PostResponse before = staffView(post.id);
        write(caller, post, mergePatch.apply(posts.asRequest(post), patch, PostRequest.class));
        return reread(post, before);
    }

    @Transactional
    public void delete(Caller caller, String id, String ifMatch) {
        Post post = editable(caller, id, ifMatch);
        PostResponse before = staffView(post.id);
        posts.delete(post);
        posts.flush();
        changes.fire(new ContentChanged("post.deleted", post.id, null, before));
    }

    /** The post if the caller may edit it: 404 when they may not even see it, 403 when they may only look. */
    private Post editable(Caller caller, String id, String ifMatch) {
        Post post = posts.findById(Keys.id(id));
        if (post == null || !canSee(caller, post, now())) {
            throw ApiException.notFound("Post");
        }
        if (!canEdit(caller, post)) {
            throw ApiException.forbidden("You may not edit this post.");
        }
        IfMatch.check(ifMatch, post.version);
        return post;
    }

    /** Resolves everything that needs a query first, then assigns: the row is flushed (and versioned) once. */
    private void write(Caller caller, Post post, PostRequest r) {
        if (!caller.atLeast(Role.EDITOR) && caller.authorId() == null) {
            throw ApiException.forbidden("Your account needs an author profile before it can write posts.");
        }
        PostStatus status = r.status() == null ? PostStatus.DRAFT : r.status();
        if (!canSetStatus(caller, status)) {
            throw ApiException.forbidden("Your role may save drafts only; an author or editor publishes.");
        }
        String slug = slug(caller, post, r);
        UUID categoryId = category(r.category());
        Set<UUID> tagIds = tags.resolve(caller, r.tags());
        List<UUID> authorIds = authorIds(caller, r.authors());
        Markdown.Rendered body = rendered(r.bodyMarkdown());
        media.requireExisting(r.coverImage(), "coverImage");
        Seo seo = r.seo() == null ? new Seo(null, null, null, null) : r.seo();

        post.title = r.title().strip();
        post.slug = slug;
        post.bodyMarkdown = r.bodyMarkdown() == null ? "" : r.bodyMarkdown();
        post.bodyHtml = body.html();
        post.wordCount = body.wordCount();
        post.readingTimeMinutes = body.readingTimeMinutes();
        post.excerpt = r.excerpt() == null || r.excerpt().isBlank() ? body.excerpt() : r.excerpt().strip();
        post.coverImageUrl = r.coverImageUrl();
        post.coverImageAlt = r.coverImageAlt();
        post.coverMediaId = r.coverImage();
        post.icon = r.icon();
        post.featured = Boolean.TRUE.equals(r.featured());
        post.seoMetaTitle = seo.metaTitle();
        post.seoMetaDescription = seo.metaDescription();
        post.seoCanonicalUrl = seo.canonicalUrl();
        post.seoOgImageUrl = seo.ogImageUrl();
        post.categoryId = categoryId;
        post.tagIds.retainAll(tagIds);
        post.tagIds.addAll(tagIds);
        if (!post.authorIds.equals(authorIds)) {
            post.authorIds.clear();
            post.authorIds.addAll(authorIds);
        }
        post.publishedAt = publishedAt(post, status, r.publishedAt());
        if (status == PostStatus.PUBLISHED && post.status != PostStatus.PUBLISHED) {
            published.increment();
        }
        post.status = status;
        post.updatedAt = now();
    }

    /** PUBLISHED without a date means now (or keeps the date it already had); SCHEDULED needs one. */
    private static Instant publishedAt(Post post, PostStatus status, Instant requested) {
        Instant given = requested == null ? null : requested.truncatedTo(ChronoUnit.MICROS);
        return switch (status) {
            case PUBLISHED -> given != null ? given
                    : post.publishedAt != null && (post.status == PostStatus.PUBLISHED || post.status == PostStatus.SCHEDULED) ? post.publishedAt
                    : now();
            case SCHEDULED -> {
                if (given == null) {
                    throw ApiException.invalid("publishedAt", "a scheduled post needs the time it goes live");
                }
                yield given;
            }
            case DRAFT, ARCHIVED -> given;
        };
    }

    /**
     * Slugs that name sub-resources of a post ({@code /posts/{id}/revisions}): {@code /posts/slug/revisions}
     * would be read as one of them, so no post may have them.
     */
    static final Set<String> RESERVED_SLUGS = Set.of("revisions", "preview-links");

    /** A chosen slug must be free; the answer names the other post only to someone who may see it. */
    private String slug(Caller caller, Post post, PostRequest r) {
        if (r.slug() != null && RESERVED_SLUGS.contains(r.slug())) {
            throw ApiException.invalid("slug", "is reserved (it names a part of every post's URL); choose another");
        }
        if (r.slug() != null) {
            Optional<Post> holder = posts.find("slug = ?1 and id <> ?2", r.slug(), post.id).firstResultOptional();
            if (holder.isPresent()) {
                throw ApiException.conflict("slug", canSee(caller, holder.get(), now())
                        ? "The slug '" + r.slug() + "' is taken by another post." : "This slug is not available; choose another.");
            }
            return r.slug();
        }
        if (post.slug != null) {
            return post.slug;
        }
        String base = Slugs.from(r.title());
        return posts.freeSlug(base.isEmpty() ? "post" : RESERVED_SLUGS.contains(base) ? base + "-post" : base, post.id);
    }

    private UUID category(String slug) {
        if (slug == null) {
            return null;
        }
        return categories.idOf(slug).orElseThrow(() -> ApiException.invalid("category", "no category has the slug '" + slug + "'"));
    }

    /** Authors by slug in byline order; authors and contributors must stay among their own posts' authors. */
    private List<UUID> authorIds(Caller caller, List<String> slugs) {
        List<UUID> ids = new ArrayList<>();
        if (slugs == null || slugs.isEmpty()) {
            if (caller.authorId() != null) {
                ids.add(caller.authorId());
            }
            return ids;
        }
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            int index = i;
            UUID author = authors.idOf(slug)
                    .orElseThrow(() -> ApiException.invalid("authors[" + index + "]", "no author has the slug '" + slug + "'"));
            if (ids.contains(author)) {
                throw ApiException.invalid("authors[" + i + "]", "listed twice");
            }
            ids.add(author);
        }
        if (!caller.atLeast(Role.EDITOR) && !ids.contains(caller.authorId())) {
            throw ApiException.invalid("authors", "must include your own author profile");
        }
        return ids;
    }

    /**
     * Flushes and reads back, and announces the change in its transaction (Ghost's events: webhooks
     * and the newsletter observe them). Whether the post went live or down is decided by the database
     * clock, by the statement that records it, so it is announced exactly once.
     */
    private PostResponse reread(Post post, PostResponse before) {
        posts.flush();
        PostRepository.Liveness live = posts.recordLiveness(post.id);
        PostResponse after = staffView(post.id);
        List<String> events = new ArrayList<>();
        events.add(before == null ? "post.added" : "post.updated");
        if (!live.was() && live.is()) {
            events.add("post.published");
        } else if (live.was() && !live.is()) {
            events.add("post.unpublished");
        } else if (live.was()) {
            events.add("post.published.edited");
        } else if (isScheduled(after) && (before == null || !isScheduled(before) || !Objects.equals(before.publishedAt(), after.publishedAt()))) {
            events.add("post.scheduled");
        }
        for (String event : events) {
            changes.fire(new ContentChanged(event, post.id, after, before));
        }
        return after;
    }

    /** Waiting to go live: scheduled, or published with a date still to come. */
    private static boolean isScheduled(PostResponse post) {
        return (post.status() == PostStatus.SCHEDULED || post.status() == PostStatus.PUBLISHED)
                && post.publishedAt() != null && post.publishedAt().isAfter(Instant.now());
    }

    /** Announces posts whose publish time has come (post.published, the newsletter); returns how many. */
    @Transactional
    public int publishDue() {
        List<UUID> due = posts.announceDue(100);
        for (UUID id : due) {
            changes.fire(new ContentChanged("post.published", id, staffView(id), null));
        }
        return due.size();
    }

    private PostResponse staffView(UUID id) {
        return posts.findOne("p.id = :key", id, new Where(), PostRepository.READ_FIELDS.defaults()).orElseThrow();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Markdown.Rendered rendered(String markdown) {
        try {
            return Markdown.render(markdown);
        } catch (Markdown.Refused e) {
            throw ApiException.invalid("bodyMarkdown", e.getMessage());
        }
    }
}

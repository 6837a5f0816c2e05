package dev.engblog.cms.post;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.author.Author;
import dev.engblog.cms.author.AuthorRepository;
import dev.engblog.cms.category.Category;
import dev.engblog.cms.category.CategoryRepository;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.SortOrder;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.http.IfMatch;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.text.Markdown;
import dev.engblog.cms.common.text.Slugs;
import dev.engblog.cms.subscriber.NewsletterOutbox;
import dev.engblog.cms.tag.Tag;
import dev.engblog.cms.tag.TagRepository;
import dev.engblog.cms.webhook.Webhooks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Posts: who sees and edits which, the publishing workflow, and rendering on write. */
@ApplicationScoped
public class PostService {

    private final PostRepository posts;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final Lister lister;
    private final MergePatch mergePatch;
    private final Counter published;
    private final NewsletterOutbox newsletter;
    private final Webhooks webhooks;

    public PostService(PostRepository posts, CategoryRepository categories, TagRepository tags, AuthorRepository authors,
                       Lister lister, MergePatch mergePatch, MeterRegistry metrics, NewsletterOutbox newsletter,
                       Webhooks webhooks) {
        this.posts = posts;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.lister = lister;
        this.mergePatch = mergePatch;
        this.newsletter = newsletter;
        this.webhooks = webhooks;
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

    /** Authors and above may create a tag while writing a post; contributors use existing tags. */
    static boolean canCreateTags(Caller caller) {
        return caller.atLeast(Role.AUTHOR);
    }

    // --- reads -------------------------------------------------------------------------------

    public Page<PostSummary> list(Optional<Caller> caller, MultivaluedMap<String, String> query, UriInfo uri) {
        var spec = caller.isPresent() ? PostRepository.STAFF_LIST : PostRepository.PUBLIC_LIST;
        ListRequest request = spec.parse(query);
        SortOrder order = request.sort() != null ? request.sort()
                : request.filter("q") != null ? spec.order("relevance", PostRepository.relevance(), true)
                : spec.defaultOrder();
        PostRepository.Listing listing = posts.listing(request, order, PostVisibility.forCaller(caller), caller.isEmpty());
        return lister.list(request, order, listing.source(), listing.where(),
                request.filter("q") != null ? posts::searchHit : posts::summary, uri);
    }

    public PostResponse get(Optional<Caller> caller, String id) {
        return posts.findOne("p.id = :key", Keys.id(id), PostVisibility.forCaller(caller))
                .orElseThrow(() -> ApiException.notFound("Post"));
    }

    public PostResponse getBySlug(Optional<Caller> caller, String slug) {
        return posts.findOne("p.slug = :key", Keys.slug(slug, "Post"), PostVisibility.forCaller(caller))
                .orElseThrow(() -> ApiException.notFound("Post"));
    }

    // --- writes ------------------------------------------------------------------------------

    @Transactional
    public PostResponse create(Caller caller, PostRequest request) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.createdAt = now();
        Visibility change = write(caller, post, request);
        posts.persist(post);
        return reread(post, change, null);
    }

    @Transactional
    public PostResponse replace(Caller caller, String id, String ifMatch, PostRequest request) {
        Post post = editable(caller, id, ifMatch);
        PostResponse before = staffView(post.id);
        return reread(post, write(caller, post, request), before);
    }

    @Transactional
    public PostResponse patch(Caller caller, String id, String ifMatch, JsonNode patch) {
        Post post = editable(caller, id, ifMatch);
        PostResponse before = staffView(post.id);
        return reread(post, write(caller, post, mergePatch.apply(posts.asRequest(post), patch, PostRequest.class)), before);
    }

    @Transactional
    public void delete(Caller caller, String id, String ifMatch) {
        Post post = editable(caller, id, ifMatch);
        PostResponse before = staffView(post.id);
        posts.delete(post);
        posts.flush();
        webhooks.emit("post.deleted", null, before);
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

    /**
     * Resolves everything that needs a query first, then assigns: the row is flushed (and versioned)
     * once. Returns how the write changed the post's public visibility.
     */
    private Visibility write(Caller caller, Post post, PostRequest r) {
        boolean wasPublic = post.status != null && isPublic(post, now());
        if (!caller.atLeast(Role.EDITOR) && caller.authorId() == null) {
            throw ApiException.forbidden("Your account needs an author profile before it can write posts.");
        }
        PostStatus status = r.status() == null ? PostStatus.DRAFT : r.status();
        if (!canSetStatus(caller, status)) {
            throw ApiException.forbidden("Your role may save drafts only; an author or editor publishes.");
        }
        String slug = slug(post, r);
        UUID categoryId = category(r.category());
        Set<UUID> tagIds = tagIds(caller, r.tags());
        List<UUID> authorIds = authorIds(caller, r.authors());
        Markdown.Rendered body = Markdown.render(r.bodyMarkdown());
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
        boolean isPublic = isPublic(post, post.updatedAt);
        return wasPublic == isPublic ? Visibility.UNCHANGED : isPublic ? Visibility.WENT_LIVE : Visibility.WENT_DOWN;
    }

    /** How a write changed whether the public sees the post. */
    enum Visibility { UNCHANGED, WENT_LIVE, WENT_DOWN }

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

    private String slug(Post post, PostRequest r) {
        if (r.slug() != null) {
            if (posts.slugTaken(r.slug(), post.id)) {
                throw ApiException.conflict("slug", "The slug '" + r.slug() + "' is taken by another post.");
            }
            return r.slug();
        }
        if (post.slug != null) {
            return post.slug;
        }
        String base = Slugs.from(r.title());
        return posts.freeSlug(base.isEmpty() ? "post" : base, post.id);
    }

    private UUID category(String slug) {
        if (slug == null) {
            return null;
        }
        Category category = categories.find("slug", slug).firstResult();
        if (category == null) {
            throw ApiException.invalid("category", "no category has the slug '" + slug + "'");
        }
        return category.id;
    }

    /** Each entry names a tag by slug, or by a name whose slug exists; other names create a tag. */
    private Set<UUID> tagIds(Caller caller, List<String> entries) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (entries == null) {
            return ids;
        }
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            String slug = Slugs.isValid(entry) ? entry : Slugs.from(entry);
            if (slug.isEmpty()) {
                throw ApiException.invalid("tags[" + i + "]", "needs letters or digits");
            }
            Tag tag = tags.find("slug", slug).firstResult();
            if (tag == null) {
                if (!canCreateTags(caller)) {
                    throw ApiException.invalid("tags[" + i + "]", "no tag '" + entry + "'; contributors use existing tags");
                }
                tag = new Tag();
                tag.id = UUID.randomUUID();
                tag.slug = slug;
                tag.name = entry;
                tag.createdAt = now();
                tag.updatedAt = tag.createdAt;
                tags.persist(tag);
            }
            ids.add(tag.id);
        }
        return ids;
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
            Author author = authors.find("slug", slugs.get(i)).firstResult();
            if (author == null) {
                throw ApiException.invalid("authors[" + i + "]", "no author has the slug '" + slugs.get(i) + "'");
            }
            if (ids.contains(author.id)) {
                throw ApiException.invalid("authors[" + i + "]", "listed twice");
            }
            ids.add(author.id);
        }
        if (!caller.atLeast(Role.EDITOR) && !ids.contains(caller.authorId())) {
            throw ApiException.invalid("authors", "must include your own author profile");
        }
        return ids;
    }

    /**
     * Flushes and reads back; in the same transaction, records the newsletter mailing when the post
     * just went live, and the webhook event of the change.
     */
    private PostResponse reread(Post post, Visibility change, PostResponse before) {
        posts.flush();
        if (change == Visibility.WENT_LIVE) {
            newsletter.postBecamePublic(post.id);
        }
        PostResponse after = staffView(post.id);
        String event = switch (change) {
            case WENT_LIVE -> "post.published";
            case WENT_DOWN -> "post.unpublished";
            case UNCHANGED -> before == null ? null : "post.updated";
        };
        if (event != null) {
            webhooks.emit(event, after, before);
        }
        return after;
    }

    private PostResponse staffView(UUID id) {
        return posts.findOne("p.id = :key", id, new Where()).orElseThrow();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

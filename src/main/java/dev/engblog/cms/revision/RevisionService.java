package dev.engblog.cms.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.security.Actors;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.media.MediaService;
import dev.engblog.cms.post.PostRequest;
import dev.engblog.cms.post.PostResponse;
import dev.engblog.cms.post.PostService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Post revisions: every write of a post is recorded in its transaction (observing the post's change
 * event), listed newest first, compared line by line, and restored through the post's own write path,
 * so a restore obeys the same rules as an edit and is itself a revision.
 */
@ApplicationScoped
public class RevisionService {

    /** The listing's parameters (as documented): newest first, paged. */
    public static final ListSpec LIST = ListSpec.builder("r.id")
            .sort("number", SortKey.integer("r.number"))
            .defaultSort("-number")
            .build();

    /** The revision a restore in this thread is replaying (observers run in the writer's thread and transaction). */
    private static final ThreadLocal<Integer> RESTORING = new ThreadLocal<>();

    private final RevisionRepository revisions;
    private final PostService posts;
    private final Lister lister;
    private final Actors actors;
    private final RevisionConfig config;
    private final Event<ContentChanged> changes;
    private final MediaService media;

    public RevisionService(RevisionRepository revisions, PostService posts, Lister lister, Actors actors, RevisionConfig config,
                           Event<ContentChanged> changes, MediaService media) {
        this.changes = changes;
        this.media = media;
        this.revisions = revisions;
        this.posts = posts;
        this.lister = lister;
        this.actors = actors;
        this.config = config;
    }

    /**
     * Records the write: a new revision, or, for the same user's next write within the collapse window with
     * the status unchanged, the newest revision brought up to date. Restores always add one.
     */
    void record(@Observes ContentChanged change) {
        if (!change.event().equals("post.added") && !change.event().equals("post.updated")
                || !(change.current() instanceof PostResponse post)) {
            return;
        }
        RevisionContent content = RevisionContent.of(post);
        UUID user = actors.currentUserId();
        Integer restoring = RESTORING.get();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Optional<RevisionRepository.Latest> latest = revisions.latest(post.id());
        boolean collapse = restoring == null && user != null && latest.isPresent()
                && !config.collapseWindow().isZero()
                && user.equals(latest.get().userId())
                && !latest.get().restore()
                && latest.get().status() == content.status()
                && latest.get().updatedAt().plus(config.collapseWindow()).isAfter(now);
        if (collapse) {
            revisions.overwrite(latest.get().id(), content, now);
        } else {
            revisions.insert(post.id(), content, user, restoring, now);
            revisions.prune(post.id(), config.keep());
        }
    }

    public Page<RevisionSummary> list(Caller caller, String postId, MultivaluedMap<String, String> query, UriInfo uri) {
        PostResponse post = posts.editableView(caller, postId);
        ListRequest request = LIST.parse(query);
        Where where = new Where().and("r.post_id = :post", "post", post.id());
        return lister.list(request, request.sort() == null ? LIST.defaultOrder() : request.sort(), RevisionRepository.SUMMARIES,
                where, RevisionRepository::summary, uri);
    }

    public RevisionResponse get(Caller caller, String postId, String number) {
        PostResponse post = posts.editableView(caller, postId);
        return find(post.id(), number);
    }

    /** A unified line diff of the Markdown bodies, and the names of every content field that differs. */
    public RevisionDiff diff(Caller caller, String postId, String from, String to) {
        PostResponse post = posts.editableView(caller, postId);
        RevisionResponse a = find(post.id(), from);
        RevisionResponse b = find(post.id(), to);
        List<String> changed = new ArrayList<>();
        for (var component : RevisionContent.class.getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(a.content()), component.getAccessor().invoke(b.content()))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        List<String> original = lines(a.content().bodyMarkdown());
        List<String> revised = lines(b.content().bodyMarkdown());
        List<String> unified = original.equals(revised) ? List.of()
                : UnifiedDiffUtils.generateUnifiedDiff("revision-" + a.number() + ".md", "revision-" + b.number() + ".md",
                        original, DiffUtils.diff(original, revised), 3);
        return new RevisionDiff(a.number(), b.number(), changed, unified.isEmpty() ? "" : String.join("\n", unified) + "\n");
    }

    /**
     * Writes the revision's text and metadata back as a new revision (If-Match names the post's version).
     * The post keeps its slug, status and publish date: a restore never moves or unpublishes a page.
     */
    @Transactional
    public PostResponse restore(Caller caller, String postId, String number, String ifMatch) {
        PostResponse post = posts.editableView(caller, postId);
        RevisionResponse revision = find(post.id(), number);
        RevisionContent c = revision.content();
        // The revision's media-library cover comes back, unless that image has been deleted since: then the post
        // keeps the cover it has (a restore never fails on an image nobody can bring back).
        UUID current = post.coverImage() == null ? null : post.coverImage().id();
        UUID cover = c.coverImage() == null || media.exists(c.coverImage()) ? c.coverImage() : current;
        PostRequest request = new PostRequest(c.title(), post.slug(), c.excerpt(), c.bodyMarkdown(), c.coverImageUrl(),
                c.coverImageAlt(), cover, c.icon(), c.category(), c.tags(), c.authors(), post.status(), c.featured(),
                post.publishedAt(), c.seo());
        RESTORING.set(revision.number());
        PostResponse restored;
        try {
            restored = posts.replace(caller, post.id().toString(), ifMatch, request);
        } finally {
            RESTORING.remove();
        }
        // Besides post.updated (which the write announced), integrations may want to know it was a restore.
        changes.fire(new ContentChanged("post.restored", post.id(), restored, post));
        return restored;
    }

    private RevisionResponse find(UUID postId, String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Revision");
        }
        return revisions.find(postId, n).orElseThrow(() -> ApiException.notFound("Revision"));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\r?\n", -1));
    }
}

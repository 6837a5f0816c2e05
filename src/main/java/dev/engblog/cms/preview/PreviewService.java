package dev.engblog.cms.preview;

import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.Audited;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.SecretTokens;
import dev.engblog.cms.post.PostResponse;
import dev.engblog.cms.post.PostService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Preview links: whoever may edit a post hands a reviewer a secret link to it as it is now. The token
 * grants that one read and nothing else; it is random, shown once, stored hashed, expires, and can be revoked.
 */
@ApplicationScoped
public class PreviewService {

    /** The link list's parameters: none (a post's handful of links, newest 100, as one page). */
    public static final ListSpec LIST = ListSpec.builder("l.id").unpaged().build();

    private final PreviewRepository links;
    private final PostService posts;
    private final PreviewConfig config;
    private final Event<Audited> audit;

    public PreviewService(PreviewRepository links, PostService posts, PreviewConfig config, Event<Audited> audit) {
        this.audit = audit;
        this.links = links;
        this.posts = posts;
        this.config = config;
    }

    @Transactional
    public PreviewLinkCreated create(Caller caller, String postId, PreviewLinkRequest request) {
        PostResponse post = posts.editableView(caller, postId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = request == null || request.expiresAt() == null ? now.plus(config.defaultTtl())
                : request.expiresAt().truncatedTo(ChronoUnit.MICROS);
        if (!expires.isAfter(now)) {
            throw ApiException.invalid("expiresAt", "must be in the future");
        }
        if (expires.isAfter(now.plus(config.maxTtl()))) {
            throw ApiException.invalid("expiresAt", "may be at most " + config.maxTtl().toDays() + " days ahead");
        }
        String token = SecretTokens.random();
        UUID id = UUID.randomUUID();
        links.insert(id, post.id(), SecretTokens.hash(token), caller.userId(), now, expires);
        audit.fire(new Audited("preview_link.created", "post", post.id(), null, java.util.Map.of("previewLink", id, "expiresAt", expires)));
        return new PreviewLinkCreated(id, post.id(), token, "/api/v1/preview/" + token, now, expires);
    }

    public Page<PreviewLinkResponse> list(Caller caller, String postId, UriInfo uri) {
        PostResponse post = posts.editableView(caller, postId);
        LIST.parse(uri.getQueryParameters());
        return Page.whole(links.list(post.id(), Instant.now()), uri);
    }

    @Transactional
    public void revoke(Caller caller, String postId, String linkId) {
        PostResponse post = posts.editableView(caller, postId);
        if (!links.revoke(post.id(), Keys.id(linkId))) {
            throw ApiException.notFound("Preview link");
        }
        audit.fire(new Audited("preview_link.revoked", "post", post.id(), java.util.Map.of("previewLink", linkId), null));
    }

    /** The post behind a live token: an unknown, expired or revoked one is a 404, like a post that never was. */
    public PostResponse show(String token) {
        if (token == null || token.length() > 100) {
            throw ApiException.notFound("Preview");
        }
        return links.postOf(SecretTokens.hash(token)).flatMap(posts::anyById).orElseThrow(() -> ApiException.notFound("Preview"));
    }
}

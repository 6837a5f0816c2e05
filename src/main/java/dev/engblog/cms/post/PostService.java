package dev.engblog.cms.post;

import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.SortOrder;
import dev.engblog.cms.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/** Post reads and the rules of who sees which post. */
@ApplicationScoped
public class PostService {

    private final PostRepository posts;
    private final Lister lister;

    public PostService(PostRepository posts, Lister lister) {
        this.posts = posts;
        this.lister = lister;
    }

    public Page<PostSummary> listPublic(MultivaluedMap<String, String> query, UriInfo uri) {
        ListRequest request = PostRepository.PUBLIC_LIST.parse(query);
        return lister.list(request, order(request), PostRepository.SUMMARIES,
                posts.filters(request, PostVisibility.PUBLIC_SQL), posts::summary, uri);
    }

    public PostResponse getPublic(String id) {
        return posts.findOne("p.id = :key", Keys.id(id), PostVisibility.PUBLIC_SQL)
                .orElseThrow(() -> ApiException.notFound("Post"));
    }

    public PostResponse getPublicBySlug(String slug) {
        return posts.findOne("p.slug = :key", Keys.slug(slug, "Post"), PostVisibility.PUBLIC_SQL)
                .orElseThrow(() -> ApiException.notFound("Post"));
    }

    /** The requested order; a search without one ranks best match first; otherwise newest first. */
    private static SortOrder order(ListRequest request) {
        if (request.sort() != null) {
            return request.sort();
        }
        if (request.filter("q") != null) {
            return PostRepository.PUBLIC_LIST.order("relevance", PostRepository.relevance(), true);
        }
        return PostRepository.PUBLIC_LIST.defaultOrder();
    }
}

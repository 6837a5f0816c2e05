package dev.engblog.cms.feed;

import dev.engblog.cms.common.http.Etags;
import dev.engblog.cms.post.PostResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feeds of the newest 50 public posts (optionally filtered) and the sitemap, for readers and crawlers; streamed. */
@Path("/api/v1")
@Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest published posts, and the sitemap.")
public class FeedResource {

    static final String RSS = "application/rss+xml;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String SITEMAP = "application/xml;charset=UTF-8";

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("feeds/posts.rss")
    @Produces(RSS)
    @Operation(operationId = "getRssFeed", summary = "RSS 2.0 feed of the newest published posts")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response rss(@Context UriInfo uri, @Context HttpHeaders headers) {
        return syndication("rss_2.0", RSS, uri, headers);
    }

    @GET
    @Path("feeds/posts.atom")
    @Produces(ATOM)
    @Operation(operationId = "getAtomFeed", summary = "Atom 1.0 feed of the newest published posts")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response atom(@Context UriInfo uri, @Context HttpHeaders headers) {
        return syndication("atom_1.0", ATOM, uri, headers);
    }

    @GET
    @Path("feeds/posts.json")
    @Produces(JsonFeed.MEDIA_TYPE)
    @Operation(operationId = "getJsonFeed", summary = "JSON Feed 1.1 of the newest published posts")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = JsonFeed.MEDIA_TYPE, schema = @Schema(implementation = JsonFeed.class)))
    public Response json(@Context UriInfo uri, @Context HttpHeaders headers) {
        List<PostResponse> items = feeds.latest(uri.getQueryParameters());
        String self = uri.getRequestUri().toString();
        return Etags.streamed(headers, feeds.fingerprint("json", items, self), JsonFeed.MEDIA_TYPE, feeds.json(items, self));
    }

    @GET
    @Path("sitemap.xml")
    @Produces(SITEMAP)
    @Operation(operationId = "getSitemap", summary = "Sitemap of every published post and every category, tag and author page")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = SITEMAP, schema = @Schema(type = SchemaType.STRING)))
    public Response sitemap(@Context HttpHeaders headers) {
        return Etags.streamed(headers, feeds.sitemapFingerprint(), SITEMAP, feeds.sitemap());
    }

    private Response syndication(String type, String mediaType, UriInfo uri, HttpHeaders headers) {
        List<PostResponse> items = feeds.latest(uri.getQueryParameters());
        String self = uri.getRequestUri().toString();
        return Etags.streamed(headers, feeds.fingerprint(type, items, self), mediaType, feeds.syndication(type, items, self));
    }
}

package dev.engblog.cms.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feeds of the newest 50 public posts (optionally filtered) and the sitemap, for readers and crawlers. */
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
    public String rss(@Context UriInfo uri) {
        return feeds.syndication("rss_2.0", feeds.latest(uri.getQueryParameters()), uri.getRequestUri().toString());
    }

    @GET
    @Path("feeds/posts.atom")
    @Produces(ATOM)
    @Operation(operationId = "getAtomFeed", summary = "Atom 1.0 feed of the newest published posts")
    public String atom(@Context UriInfo uri) {
        return feeds.syndication("atom_1.0", feeds.latest(uri.getQueryParameters()), uri.getRequestUri().toString());
    }

    @GET
    @Path("feeds/posts.json")
    @Produces(JsonFeed.MEDIA_TYPE)
    @Operation(operationId = "getJsonFeed", summary = "JSON Feed 1.1 of the newest published posts")
    public JsonFeed json(@Context UriInfo uri) {
        return feeds.json(feeds.latest(uri.getQueryParameters()), uri.getRequestUri().toString());
    }

    @GET
    @Path("sitemap.xml")
    @Produces(SITEMAP)
    @Operation(operationId = "getSitemap", summary = "Sitemap of every published post and every category, tag and author page")
    public String sitemap() {
        return feeds.sitemap();
    }
}

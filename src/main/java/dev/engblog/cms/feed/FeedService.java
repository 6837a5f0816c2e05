package dev.engblog.cms.feed;

import dev.engblog.cms.settings.SettingsResponse;
import dev.engblog.cms.settings.SettingsService;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.engblog.cms.author.AuthorRef;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.post.PostService;
import dev.engblog.cms.post.PostResponse;
import dev.engblog.cms.tag.TagRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS, Atom and JSON feeds of the newest public posts, and the sitemap; links point to the frontend.
 * They read only what they show (never the Markdown), are written straight to the client, and an
 * entry carries its HTML only up to {@value #MAX_ENTRY_HTML} characters: a longer post is given as
 * its excerpt and a link, so 50 entries stay a few megabytes at most.
 */
@ApplicationScoped
public class FeedService {

    static final int FEED_SIZE = 50;
    /** Characters of HTML one feed entry may carry (about 15,000 words of prose). */
    static final int MAX_ENTRY_HTML = 100_000;
    private static final int SITEMAP_FETCH = 1_000;
    /** The sitemap protocol's limit for one file. */
    static final int SITEMAP_LIMIT = 50_000;
    public static final ListSpec FEED_FILTERS = ListSpec.builder("p.id").filter("category").repeatableFilter("tag").filter("author")
            .unpaged().build();

    private final PostService posts;
    private final SiteConfig site;
    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    private final SettingsService settings;

    public FeedService(PostService posts, SiteConfig site, AgroalDataSource dataSource, ObjectMapper json, SettingsService settings) {
        this.settings = settings;
        this.posts = posts;
        this.site = site;
        this.dataSource = dataSource;
        this.json = json;
    }

    public List<PostResponse> latest(MultivaluedMap<String, String> query) {
        return posts.latestPublic(FEED_FILTERS.parse(query), FEED_SIZE, MAX_ENTRY_HTML);
    }

    /** A fingerprint of everything a feed shows, for its ETag: the feed is streamed, so there is no body to hash. */
    public String fingerprint(String kind, List<PostResponse> items, String selfUrl) {
        CRC32C crc = new CRC32C();
        Consumer<Object> add = value -> {
            crc.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        };
        SettingsResponse about = settings.get();
        List.of(kind, selfUrl, site.url(), about.title(), String.valueOf(about.description())).forEach(add);
        for (PostResponse p : items) {
            List.of(p.id(), p.slug(), p.title(), String.valueOf(p.excerpt()), String.valueOf(p.coverImageUrl()),
                    String.valueOf(p.publishedAt()), String.valueOf(p.updatedAt()), String.valueOf(p.bodyHtml()),
                    String.valueOf(p.category()), p.tags(), p.authors()).forEach(add);
        }
        return Long.toHexString(crc.getValue()) + "-" + items.size();
    }

    /** RSS 2.0 ({@code rss_2.0}) or Atom 1.0 ({@code atom_1.0}), written by Rome. */
    public StreamingOutput syndication(String type, List<PostResponse> items, String selfUrl) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        SettingsResponse about = settings.get();
        feed.setTitle(about.title());
        feed.setDescription(about.description() == null ? about.title() : about.description());
        feed.setLink(site.url());
        feed.setUri(selfUrl);
        feed.setPublishedDate(date(items.isEmpty() ? Instant.EPOCH : newest(items)));
        List<SyndEntry> entries = new ArrayList<>();
        for (PostResponse post : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(post.title());
            entry.setLink(postUrl(post));
            entry.setUri("urn:uuid:" + post.id());
            entry.setPublishedDate(date(post.publishedAt()));
            entry.setUpdatedDate(date(post.updatedAt()));
            List<SyndPerson> authors = new ArrayList<>();
            for (AuthorRef a : post.authors()) {
                SyndPerson person = new SyndPersonImpl();
                person.setName(a.name());
                person.setUri(site.link(site.authorPath(), a.slug()));
                authors.add(person);
            }
            entry.setAuthors(authors);
            if (!authors.isEmpty()) {
                entry.setAuthor(String.join(", ", post.authors().stream().map(AuthorRef::name).toList()));
            }
            List<SyndCategory> categories = new ArrayList<>();
            if (post.category() != null) {
                categories.add(category(post.category().name(), site.link(site.categoryPath(), post.category().slug())));
            }
            for (TagRef tag : post.tags()) {
                categories.add(category(tag.name(), site.link(site.tagPath(), tag.slug())));
            }
            entry.setCategories(categories);
            entry.setDescription(content("text/plain", post.excerpt()));
            entry.setContents(List.of(content("text/html", html(post))));
            entries.add(entry);
        }
        feed.setEntries(entries);
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                new SyndFeedOutput().output(feed, writer, true);
            } catch (FeedException e) {
                throw new IllegalStateException("feed could not be written", e);
            }
            writer.flush();
        };
    }

    public StreamingOutput json(List<PostResponse> items, String selfUrl) {
        List<JsonFeed.Item> entries = items.stream().map(post -> new JsonFeed.Item(
                "urn:uuid:" + post.id(), postUrl(post), post.title(), html(post), post.excerpt(), post.coverImageUrl(),
                post.publishedAt(), post.updatedAt(),
                post.authors().stream().map(a -> new JsonFeed.Author(a.name(), site.link(site.authorPath(), a.slug()))).toList(),
                tags(post))).toList();
        SettingsResponse about = settings.get();
        JsonFeed feed = new JsonFeed(JsonFeed.VERSION, about.title(), site.url(), selfUrl, about.description(), entries);
        return out -> json.writeValue(out, feed);
    }

    /** A fingerprint of the sitemap's rows, computed by the database so they are not read twice into memory. */
    public String sitemapFingerprint() {
        String sql = "select md5(coalesce(string_agg(kind || ' ' || slug || ' ' || updated_at::text, E'\\n'), '')) from ("
                + PostService.SITEMAP_SQL + ") s";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setInt(1, SITEMAP_LIMIT);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1).substring(0, 16) + "-" + site.url().hashCode();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sitemap fingerprint failed", e);
        }
    }

    /**
     * Every public post (newest first, up to the protocol's limit) and every category, tag and author
     * page, written from a database cursor as the rows arrive.
     */
    public StreamingOutput sitemap() {
        return out -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement st = c.prepareStatement(PostService.SITEMAP_SQL)) {
                    st.setInt(1, SITEMAP_LIMIT);
                    st.setFetchSize(SITEMAP_FETCH);
                    try (ResultSet rs = st.executeQuery()) {
                        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                        xml.writeStartDocument("UTF-8", "1.0");
                        xml.writeStartElement("urlset");
                        xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
                        while (rs.next()) {
                            String pattern = switch (rs.getString(1)) {
                                case "post" -> site.postPath();
                                case "category" -> site.categoryPath();
                                case "tag" -> site.tagPath();
                                default -> site.authorPath();
                            };
                            xml.writeStartElement("url");
                            element(xml, "loc", site.link(pattern, rs.getString(2)));
                            element(xml, "lastmod", rs.getObject(3, OffsetDateTime.class).toInstant().toString());
                            xml.writeEndElement();
                        }
                        xml.writeEndElement();
                        xml.writeEndDocument();
                        xml.close();
                    }
                } finally {
                    c.rollback();
                }
            } catch (SQLException | XMLStreamException e) {
                throw new IOException("sitemap could not be written", e);
            }
        };
    }

    /** The post's HTML, or for one longer than a feed entry may carry, its excerpt and a link to the whole. */
    private String html(PostResponse post) {
        if (post.bodyHtml() != null) {
            return post.bodyHtml();
        }
        return "<p>" + escape(post.excerpt() == null ? "" : post.excerpt()) + "</p>\n<p><a href=\"" + escape(postUrl(post))
                + "\">Read the whole post</a></p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String postUrl(PostResponse post) {
        return site.link(site.postPath(), post.slug());
    }

    private static List<String> tags(PostResponse post) {
        List<String> tags = new ArrayList<>();
        if (post.category() != null) {
            tags.add(post.category().name());
        }
        post.tags().forEach(t -> tags.add(t.name()));
        return tags;
    }

    private static Instant newest(List<PostResponse> items) {
        return items.stream().map(PostResponse::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static SyndCategory category(String name, String uri) {
        SyndCategory c = new SyndCategoryImpl();
        c.setName(name);
        c.setTaxonomyUri(uri);
        return c;
    }

    private static SyndContent content(String type, String value) {
        SyndContent c = new SyndContentImpl();
        c.setType(type);
        c.setValue(value);
        return c;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}

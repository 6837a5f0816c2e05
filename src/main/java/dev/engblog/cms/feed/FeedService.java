package dev.engblog.cms.feed;

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
import dev.engblog.cms.post.PostRepository;
import dev.engblog.cms.post.PostResponse;
import dev.engblog.cms.post.PostVisibility;
import dev.engblog.cms.tag.TagRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** RSS, Atom and JSON feeds of the newest public posts, and the sitemap; links point to the frontend. */
@ApplicationScoped
public class FeedService {

    static final int FEED_SIZE = 50;
    /** The sitemap protocol's limit for one file. */
    static final int SITEMAP_LIMIT = 50_000;
    public static final ListSpec FEED_FILTERS = ListSpec.builder("p.id").filter("category").repeatableFilter("tag").filter("author")
            .unpaged().build();

    private final PostRepository posts;
    private final SiteConfig site;

    public FeedService(PostRepository posts, SiteConfig site) {
        this.posts = posts;
        this.site = site;
    }

    public List<PostResponse> latest(MultivaluedMap<String, String> query) {
        return posts.latest(posts.filters(FEED_FILTERS.parse(query), PostVisibility.publicOnly()), FEED_SIZE);
    }

    /** RSS 2.0 ({@code rss_2.0}) or Atom 1.0 ({@code atom_1.0}), written by Rome. */
    public String syndication(String type, List<PostResponse> items, String selfUrl) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(site.title());
        feed.setDescription(site.description());
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
            entry.setContents(List.of(content("text/html", post.bodyHtml())));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    public JsonFeed json(List<PostResponse> items, String selfUrl) {
        List<JsonFeed.Item> entries = items.stream().map(post -> new JsonFeed.Item(
                "urn:uuid:" + post.id(), postUrl(post), post.title(), post.bodyHtml(), post.excerpt(), post.coverImageUrl(),
                post.publishedAt(), post.updatedAt(),
                post.authors().stream().map(a -> new JsonFeed.Author(a.name(), site.link(site.authorPath(), a.slug()))).toList(),
                tags(post))).toList();
        return new JsonFeed(JsonFeed.VERSION, site.title(), site.url(), selfUrl, site.description(), entries);
    }

    /** Every public post (newest first, up to the protocol's limit) and every category, tag and author page. */
    public String sitemap() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (Object[] row : posts.sitemapRows(SITEMAP_LIMIT)) {
                String kind = (String) row[0];
                String pattern = switch (kind) {
                    case "post" -> site.postPath();
                    case "category" -> site.categoryPath();
                    case "tag" -> site.tagPath();
                    default -> site.authorPath();
                };
                xml.writeStartElement("url");
                element(xml, "loc", site.link(pattern, (String) row[1]));
                element(xml, "lastmod", dev.engblog.cms.common.api.SortKey.toInstant(row[2]).toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
        return out.toString();
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

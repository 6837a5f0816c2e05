package dev.engblog.cms.testsupport;

import dev.engblog.cms.author.Author;
import dev.engblog.cms.category.Category;
import dev.engblog.cms.common.taxonomy.Term;
import dev.engblog.cms.post.Post;
import dev.engblog.cms.post.PostStatus;
import dev.engblog.cms.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Builds rows straight in the database, for tests of the read API. */
@ApplicationScoped
public class Fixtures {

    private final EntityManager em;

    public Fixtures(EntityManager em) {
        this.em = em;
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public Category category(String slug, String name) {
        return persist(term(new Category(), slug, name));
    }

    @Transactional
    public Tag tag(String slug, String name) {
        return persist(term(new Tag(), slug, name));
    }

    @Transactional
    public Author author(String slug, String name) {
        Author a = new Author();
        a.id = UUID.randomUUID();
        a.slug = slug;
        a.name = name;
        a.bio = "Writes about " + name + ".";
        a.createdAt = now();
        a.updatedAt = a.createdAt;
        return persist(a);
    }

    /** A post being built; {@link #save()} stores it. */
    public PostBuilder post(String title) {
        return new PostBuilder(title);
    }

    @Transactional
    Post save(Post post) {
        return persist(post);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private static <T extends Term> T term(T term, String slug, String name) {
        term.id = UUID.randomUUID();
        term.slug = slug;
        term.name = name;
        term.createdAt = now();
        term.updatedAt = term.createdAt;
        return term;
    }

    /** Defaults: a published post dated one hour ago, no category, tags or authors. */
    public final class PostBuilder {
        private final Post post = new Post();

        PostBuilder(String title) {
            post.id = UUID.randomUUID();
            post.title = title;
            post.slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-" + post.id.toString().substring(0, 8);
            post.excerpt = "About " + title;
            post.bodyMarkdown = "Body of " + title;
            post.bodyHtml = "<p>Body of " + title + "</p>";
            post.status = PostStatus.PUBLISHED;
            post.publishedAt = now().minus(1, ChronoUnit.HOURS);
            post.createdAt = post.publishedAt;
            post.updatedAt = post.publishedAt;
            post.wordCount = 3;
            post.readingTimeMinutes = 1;
        }

        public PostBuilder slug(String slug) {
            post.slug = slug;
            return this;
        }

        public PostBuilder status(PostStatus status, Instant publishedAt) {
            post.status = status;
            post.publishedAt = publishedAt;
            return this;
        }

        public PostBuilder publishedAt(Instant publishedAt) {
            post.publishedAt = publishedAt;
            return this;
        }

        public PostBuilder body(String markdown) {
            post.bodyMarkdown = markdown;
            return this;
        }

        public PostBuilder excerpt(String excerpt) {
            post.excerpt = excerpt;
            return this;
        }

        public PostBuilder featured() {
            post.featured = true;
            return this;
        }

        public PostBuilder icon(String icon) {
            post.icon = icon;
            return this;
        }

        public PostBuilder in(Category category) {
            post.categoryId = category.id;
            return this;
        }

        public PostBuilder tagged(Tag... tags) {
            for (Tag t : tags) {
                post.tagIds.add(t.id);
            }
            return this;
        }

        public PostBuilder by(Author... authors) {
            post.authorIds.addAll(List.of(authors).stream().map(a -> a.id).toList());
            return this;
        }

        public Post save() {
            return Fixtures.this.save(post);
        }
    }
}

package dev.engblog.cms.post;

import dev.engblog.cms.common.text.Markdown;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * Dev mode: the demo changeset ships Markdown only; render it here with the same code that renders
 * every written post, so demo HTML, word counts and reading times are what the API would compute.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoBodies {

    private final PostRepository posts;

    public DemoBodies(PostRepository posts) {
        this.posts = posts;
    }

    @Transactional
    void renderUnrendered(@Observes StartupEvent start) {
        posts.find("bodyHtml = '' and bodyMarkdown <> ''").<Post>stream().forEach(post -> {
            Markdown.Rendered r = Markdown.render(post.bodyMarkdown);
            posts.getEntityManager().createNativeQuery("""
                            update post set body_html = :html, word_count = :words, reading_time_minutes = :minutes,
                                   excerpt = case when excerpt = '' then :excerpt else excerpt end
                             where id = :id""")
                    .setParameter("html", r.html()).setParameter("words", r.wordCount())
                    .setParameter("minutes", r.readingTimeMinutes()).setParameter("excerpt", r.excerpt())
                    .setParameter("id", post.id)
                    .executeUpdate();
        });
    }
}

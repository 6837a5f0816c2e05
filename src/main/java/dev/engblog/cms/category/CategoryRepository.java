package dev.engblog.cms.category;

import dev.engblog.cms.common.taxonomy.Taxonomy;
import dev.engblog.cms.common.db.PublicPosts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Category queries. */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, UUID> {

    /** The public read shape of categories, counting published posts only. */
    public static final Taxonomy TAXONOMY = Taxonomy.of("Category", "category", Taxonomy.terms(),
            "(select count(*) from post p where p.category_id = x.id and " + PublicPosts.SQL + ")");
}

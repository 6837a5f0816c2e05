package dev.engblog.cms.category;

import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import dev.engblog.cms.common.taxonomy.TermWriter;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;

/** Category writes: editors and admins; a category that posts use cannot be deleted. */
@Singleton
public class CategoryService extends TermWriter<Category, CategoryResponse> {

    /** The listing's parameters (as documented). */
    public static final ListSpec LIST = CategoryRepository.TAXONOMY.spec();
    /** The properties items may be narrowed to ({@code fields}). */
    public static final Fields FIELDS = CategoryRepository.TAXONOMY.fields();

    public CategoryService(CategoryRepository categories, TaxonomyReader reader, MergePatch mergePatch, Event<ContentChanged> changes) {
        super(categories, reader, mergePatch, changes, CategoryRepository.TAXONOMY, CategoryResponse::from);
    }

    @Override
    protected Category newItem() {
        return new Category();
    }

    /** Posts never lose their category silently: move them first. */
    @Override
    protected void beforeDelete(Category item) {
        long used = ((Number) repository.getEntityManager()
                .createNativeQuery("select count(*) from post where category_id = :id")
                .setParameter("id", item.id).getSingleResult()).longValue();
        if (used > 0) {
            throw ApiException.conflict("category", "The category is used by " + used + " post(s); move them to another category first.");
        }
    }
}

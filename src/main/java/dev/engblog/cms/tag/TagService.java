package dev.engblog.cms.tag;

import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import dev.engblog.cms.common.taxonomy.TermWriter;
import dev.engblog.cms.webhook.Webhooks;
import jakarta.inject.Singleton;

/** Tag writes: editors and admins (authors create tags while writing posts). */
@Singleton
public class TagService extends TermWriter<Tag, TagResponse> {

    public TagService(TagRepository tags, TaxonomyReader reader, MergePatch mergePatch, Webhooks webhooks) {
        super(tags, reader, mergePatch, webhooks, TagRepository.TAXONOMY, TagResponse::from);
    }

    @Override
    protected Tag newItem() {
        return new Tag();
    }

    /** As in Ghost, deleting a tag removes it from the posts that carry it; the posts stay. */
    @Override
    protected void beforeDelete(Tag item) {
        repository.getEntityManager().createNativeQuery("delete from post_tag where tag_id = :id")
                .setParameter("id", item.id).executeUpdate();
    }
}

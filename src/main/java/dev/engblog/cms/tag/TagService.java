package dev.engblog.cms.tag;

import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import dev.engblog.cms.common.taxonomy.TaxonomyWriter;
import dev.engblog.cms.common.taxonomy.TermRequest;
import dev.engblog.cms.webhook.Webhooks;
import jakarta.inject.Singleton;

/** Tag writes: editors and admins (authors create tags while writing posts). */
@Singleton
public class TagService extends TaxonomyWriter<Tag, TermRequest, TagResponse> {

    public TagService(TagRepository tags, TaxonomyReader reader, MergePatch mergePatch, Webhooks webhooks) {
        super(tags, reader, mergePatch, webhooks, TagRepository.TAXONOMY, TermRequest.class, TagResponse::from);
    }

    @Override
    protected void checkCreate(Caller caller) {
        caller.require(Role.EDITOR);
    }

    @Override
    protected void checkEdit(Caller caller, Tag item) {
        caller.require(Role.EDITOR);
    }

    @Override
    protected Tag newItem() {
        return new Tag();
    }

    @Override
    protected void copy(TermRequest request, Tag item) {
        item.description = request.description();
    }

    @Override
    protected TermRequest asRequest(Tag item) {
        return TermRequest.of(item);
    }

    /** As in Ghost, deleting a tag removes it from the posts that carry it; the posts stay. */
    @Override
    protected void beforeDelete(Tag item) {
        repository.getEntityManager().createNativeQuery("delete from post_tag where tag_id = :id")
                .setParameter("id", item.id).executeUpdate();
    }
}

package dev.engblog.cms.tag;

import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.taxonomy.TermRequest;
import dev.engblog.cms.common.text.Slugs;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import dev.engblog.cms.common.taxonomy.TermWriter;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Tag writes: editors and admins (authors create tags while writing posts). */
@Singleton
public class TagService extends TermWriter<Tag, TagResponse> {

    /** The listing's parameters (as documented). */
    public static final ListSpec LIST = TagRepository.TAXONOMY.spec();
    /** The properties items may be narrowed to ({@code fields}). */
    public static final Fields FIELDS = TagRepository.TAXONOMY.fields();

    public TagService(TagRepository tags, TaxonomyReader reader, MergePatch mergePatch, Event<ContentChanged> changes) {
        super(tags, reader, mergePatch, changes, TagRepository.TAXONOMY, TagResponse::from);
    }

    /** Authors and above may create a tag while writing a post; contributors use existing tags. */
    static boolean canCreateWhileWriting(Caller caller) {
        return caller.atLeast(Role.AUTHOR);
    }

    /**
     * The tags a post names, in order: each entry is a tag's slug, or a name whose slug exists; other
     * names create a tag (announced as tag.created) when the caller may. Errors name {@code tags[i]}.
     */
    public Set<UUID> resolve(Caller caller, List<String> entries) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (entries == null) {
            return ids;
        }
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            String slug = Slugs.isValid(entry) ? entry : Slugs.from(entry);
            if (slug.isEmpty() || entry.length() > 120) {
                throw ApiException.invalid("tags[" + i + "]", slug.isEmpty() ? "needs letters or digits" : "at most 120 characters");
            }
            Optional<UUID> existing = idOf(slug);
            if (existing.isEmpty() && !canCreateWhileWriting(caller)) {
                throw ApiException.invalid("tags[" + i + "]", "no tag '" + entry + "'; contributors use existing tags");
            }
            ids.add(existing.orElseGet(() -> createAllowed(new TermRequest(entry, slug, null)).id()));
        }
        return ids;
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

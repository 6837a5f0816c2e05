package dev.engblog.cms.author;

import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.taxonomy.Taxonomy;
import dev.engblog.cms.common.taxonomy.TaxonomyReader;
import dev.engblog.cms.common.taxonomy.TaxonomyWriter;
import dev.engblog.cms.common.text.Slugs;
import dev.engblog.cms.media.MediaLinks;
import dev.engblog.cms.media.MediaService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Author profiles: admins manage them; whoever writes as a profile may edit it. */
@Singleton
public class AuthorService extends TaxonomyWriter<Author, AuthorRequest, AuthorResponse> {

    /** The listing's parameters (as documented). */
    public static final ListSpec LIST = AuthorRepository.TAXONOMY.spec();
    /** The properties items may be narrowed to ({@code fields}). */
    public static final Fields FIELDS = AuthorRepository.TAXONOMY.fields();
    /** How authors are read (public shape, post counts), for other surfaces such as the Ghost Content API. */
    public static final Taxonomy TAXONOMY = AuthorRepository.TAXONOMY;

    private final MediaService media;

    public AuthorService(AuthorRepository authors, TaxonomyReader reader, MergePatch mergePatch, Event<ContentChanged> changes,
                         MediaService media, MediaLinks links) {
        super(authors, reader, mergePatch, changes, AuthorRepository.TAXONOMY, AuthorRequest.class, row -> AuthorResponse.from(row, links));
        this.media = media;
    }

    /**
     * A profile for a new staff account, named after them (as Ghost's staff users are authors), so
     * the account can write at once. The slug is made from the name like other slugs; a taken one
     * gets {@code -2}, {@code -3}… Returns the new profile's id.
     */
    @Transactional
    public UUID createProfileFor(Caller caller, String name) {
        String base = Slugs.from(name);
        if (base.isEmpty()) {
            base = "author";
        }
        String slug = base;
        for (int n = 2; repository.count("slug", slug) > 0; n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() <= Slugs.MAX_LENGTH ? base
                    : base.substring(0, Slugs.MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
            slug = stem + suffix;
        }
        return create(caller, new AuthorRequest(name.strip(), slug, null, null, null, null, null, null, null, null)).id();
    }

    /** Whether a profile with this id exists. */
    public boolean exists(UUID id) {
        return repository.findById(id) != null;
    }

    @Override
    protected void checkCreate(Caller caller) {
        caller.require(Role.ADMIN);
    }

    /** An admin, or the user who writes as this profile. */
    @Override
    protected void checkEdit(Caller caller, Author item) {
        if (!caller.writesAs(item.id)) {
            caller.require(Role.ADMIN);
        }
    }

    @Override
    protected void checkDelete(Caller caller, Author item) {
        caller.require(Role.ADMIN);
    }

    @Override
    protected Author newItem() {
        return new Author();
    }

    @Override
    protected void copy(AuthorRequest request, Author item) {
        item.bio = request.bio();
        item.avatarUrl = request.avatarUrl();
        item.websiteUrl = request.websiteUrl();
        item.initials = request.initials() == null ? null : request.initials().toUpperCase(java.util.Locale.ROOT);
        item.title = request.title();
        item.location = request.location();
        item.socialLinks = AuthorRequest.json(request.socialLinks());
        media.requireExisting(request.avatar(), "avatar");
        item.avatarMediaId = request.avatar();
    }

    @Override
    protected AuthorRequest asRequest(Author item) {
        return AuthorRequest.of(item);
    }

    /** Bylines never vanish silently: reassign the author's posts first. */
    @Override
    protected void beforeDelete(Author item) {
        long used = ((Number) repository.getEntityManager()
                .createNativeQuery("select count(distinct post_id) from post_author where author_id = :id")
                .setParameter("id", item.id).getSingleResult()).longValue();
        if (used > 0) {
            throw ApiException.conflict("author", "The author is named on " + used + " post(s); reassign them first.");
        }
    }
}

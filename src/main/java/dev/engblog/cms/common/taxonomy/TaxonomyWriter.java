package dev.engblog.cms.common.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.http.IfMatch;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.text.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.event.Event;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The write path every taxonomy shares: create, full replace, merge patch and delete, with slugs
 * made from names, 409 on a taken slug, If-Match, and a subclass deciding roles, fields and what a
 * delete does to posts that use the item.
 */
public abstract class TaxonomyWriter<E extends TaxonomyEntity, R extends TaxonomyRequest, O> {

    protected final PanacheRepositoryBase<E, UUID> repository;
    private final TaxonomyReader reader;
    private final MergePatch mergePatch;
    private final Taxonomy taxonomy;
    private final Class<R> requestType;
    private final Function<Tuple, O> response;
    private final Event<ContentChanged> changes;

    protected TaxonomyWriter(PanacheRepositoryBase<E, UUID> repository, TaxonomyReader reader, MergePatch mergePatch,
                             Event<ContentChanged> changes, Taxonomy taxonomy, Class<R> requestType, Function<Tuple, O> response) {
        this.repository = repository;
        this.reader = reader;
        this.mergePatch = mergePatch;
        this.taxonomy = taxonomy;
        this.requestType = requestType;
        this.response = response;
        this.changes = changes;
    }

    /** 403 unless the caller may create items of this taxonomy. */
    protected abstract void checkCreate(Caller caller);

    /** 403 unless the caller may change or delete this item. */
    protected abstract void checkEdit(Caller caller, E item);

    /** 403 unless the caller may delete this item; by default whoever may edit it. */
    protected void checkDelete(Caller caller, E item) {
        checkEdit(caller, item);
    }

    protected abstract E newItem();

    /** Copies the fields beyond name and slug. */
    protected abstract void copy(R request, E item);

    protected abstract R asRequest(E item);

    /** Runs before a delete: refuse (409) or detach the posts that use the item. */
    protected abstract void beforeDelete(E item);

    /** The id of the item with this slug, if there is one. */
    public Optional<UUID> idOf(String slug) {
        return repository.find("slug", slug).firstResultOptional().map(item -> item.id);
    }

    @Transactional
    public O create(Caller caller, R request) {
        checkCreate(caller);
        return createAllowed(request);
    }

    /** Creates an item for a caller whose right to it the subclass has already decided. */
    protected O createAllowed(R request) {
        E item = newItem();
        item.id = UUID.randomUUID();
        item.createdAt = now();
        write(item, request);
        repository.persist(item);
        return changed("created", reread(item), null, item.id);
    }

    @Transactional
    public O replace(Caller caller, String id, String ifMatch, R request) {
        E item = editable(caller, id, ifMatch);
        O before = reread(item);
        write(item, request);
        return changed("updated", reread(item), before, item.id);
    }

    @Transactional
    public O patch(Caller caller, String id, String ifMatch, JsonNode patch) {
        E item = editable(caller, id, ifMatch);
        O before = reread(item);
        write(item, mergePatch.apply(asRequest(item), patch, requestType));
        return changed("updated", reread(item), before, item.id);
    }

    @Transactional
    public void delete(Caller caller, String id, String ifMatch) {
        E item = editable(caller, id, ifMatch);
        checkDelete(caller, item);
        O before = reread(item);
        beforeDelete(item);
        repository.delete(item);
        repository.flush();
        changed("deleted", null, before, item.id);
    }

    /** Announces the change (webhooks observe it) in the change's transaction. */
    private O changed(String what, O current, O previous, UUID id) {
        changes.fire(new ContentChanged(taxonomy.label().toLowerCase() + "." + what, id, current, previous));
        return current;
    }

    private E editable(Caller caller, String id, String ifMatch) {
        E item = repository.findById(Keys.id(id));
        if (item == null) {
            throw ApiException.notFound(taxonomy.label());
        }
        checkEdit(caller, item);
        IfMatch.check(ifMatch, item.version);
        return item;
    }

    /** Checks first, then assigns, so the row is flushed (and versioned) once. */
    private void write(E item, R request) {
        String name = request.name().strip();
        String slug = request.slug() != null ? request.slug() : item.slug != null ? item.slug : Slugs.from(name);
        if (slug.isEmpty()) {
            throw ApiException.invalid("name", "needs letters or digits to make a slug from, or send a slug");
        }
        if (repository.count("slug = ?1 and id <> ?2", slug, item.id) > 0) {
            throw ApiException.conflict("slug", "The slug '" + slug + "' is taken by another " + taxonomy.label().toLowerCase() + ".");
        }
        item.name = name;
        item.slug = slug;
        copy(request, item);
        item.updatedAt = now();
    }

    private O reread(E item) {
        repository.flush();
        return reader.byId(taxonomy, item.id.toString(), response);
    }

    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

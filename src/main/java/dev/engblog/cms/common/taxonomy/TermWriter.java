package dev.engblog.cms.common.taxonomy;

import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.event.Event;
import jakarta.persistence.Tuple;
import java.util.UUID;
import java.util.function.Function;

/** Writes of the two terms, categories and tags: editors and admins, a name, a slug and a description. */
public abstract class TermWriter<E extends Term, O> extends TaxonomyWriter<E, TermRequest, O> {

    protected TermWriter(PanacheRepositoryBase<E, UUID> repository, TaxonomyReader reader, MergePatch mergePatch,
                         Event<ContentChanged> changes, Taxonomy taxonomy, Function<Tuple, O> response) {
        super(repository, reader, mergePatch, changes, taxonomy, TermRequest.class, response);
    }

    @Override
    protected void checkCreate(Caller caller) {
        caller.require(Role.EDITOR);
    }

    @Override
    protected void checkEdit(Caller caller, E item) {
        caller.require(Role.EDITOR);
    }

    @Override
    protected void copy(TermRequest request, E item) {
        item.description = request.description();
    }

    @Override
    protected TermRequest asRequest(E item) {
        return TermRequest.of(item);
    }
}

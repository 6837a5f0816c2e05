package dev.engblog.cms.common.taxonomy;

import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.RequestedFields;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.db.Reads;
import dev.engblog.cms.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** Public reads of categories, tags and authors: pages with post counts, and lookups by id or slug. */
@ApplicationScoped
public class TaxonomyReader {

    private final Reads reads;
    private final Lister lister;
    private final RequestedFields requestedFields;

    public TaxonomyReader(Reads reads, Lister lister, RequestedFields requestedFields) {
        this.reads = reads;
        this.lister = lister;
        this.requestedFields = requestedFields;
    }

    public <T> Page<T> list(Taxonomy taxonomy, MultivaluedMap<String, String> query, Function<Tuple, T> mapper, UriInfo uri) {
        return list(taxonomy, query, mapper, uri, false);
    }

    /** A page; the public view holds only the items the public may see. */
    public <T> Page<T> list(Taxonomy taxonomy, MultivaluedMap<String, String> query, Function<Tuple, T> mapper, UriInfo uri,
                            boolean publicView) {
        ListRequest request = taxonomy.spec().parse(query);
        Fields.Selection selection = requestedFields.note(taxonomy.fields().select(request.filter(Fields.FIELDS), request.filter(Fields.INCLUDE)));
        return page(taxonomy, request, selection, mapper, uri, publicView ? new Where().and(taxonomy.publicSql()) : new Where());
    }

    /**
     * A page of what the public sees for another surface (Ghost's Content API), of the items that also meet
     * {@code filter} (SQL over {@code x}, values bound), with the post counts read only when {@code countPosts};
     * its answer is that surface's to shape ({@code fields} and {@code include} are not read from the query).
     */
    public <T> Page<T> publicList(Taxonomy taxonomy, MultivaluedMap<String, String> query, Function<Tuple, T> mapper, UriInfo uri,
                                  Where filter, boolean countPosts) {
        Fields.Selection all = taxonomy.fields().defaults();
        return page(taxonomy, taxonomy.spec().parse(query), countPosts ? all : all.without("postCount"), mapper, uri,
                new Where().and(taxonomy.publicSql()).and(filter));
    }

    private <T> Page<T> page(Taxonomy taxonomy, ListRequest request, Fields.Selection selection, Function<Tuple, T> mapper, UriInfo uri,
                             Where where) {
        var order = request.sort() == null ? taxonomy.spec().defaultOrder() : request.sort();
        return lister.list(request, order, new Lister.Source(taxonomy.table(), "x", "", selection.sql()).versioned(), where, mapper, uri);
    }

    public <T> T byId(Taxonomy taxonomy, String id, Function<Tuple, T> mapper) {
        return byId(taxonomy, id, mapper, false, null);
    }

    /**
     * One item by id, or 404 also when the public view may not see it; with every property, or only
     * those {@code fields} names (null for all).
     */
    public <T> T byId(Taxonomy taxonomy, String id, Function<Tuple, T> mapper, boolean publicView, String fields) {
        return one(taxonomy, "x.id = :key" + (publicView ? " and " + taxonomy.publicSql() : ""), Keys.id(id), mapper, fields);
    }

    /** One item by slug, like {@link #byId(Taxonomy, String, Function, boolean, String)}. */
    public <T> T bySlug(Taxonomy taxonomy, String slug, Function<Tuple, T> mapper, boolean publicView, String fields) {
        return one(taxonomy, "x.slug = :key" + (publicView ? " and " + taxonomy.publicSql() : ""), Keys.slug(slug, taxonomy.label()),
                mapper, fields);
    }

    private <T> T one(Taxonomy taxonomy, String condition, Object key, Function<Tuple, T> mapper, String fields) {
        Fields.Selection selection = fields == null ? taxonomy.fields().defaults()
                : requestedFields.note(taxonomy.fields().select(fields, null)); // only a request asks for fields
        @SuppressWarnings("unchecked")
        List<Tuple> rows = reads.em().createNativeQuery("select " + selection.sql() + " from " + taxonomy.table()
                        + " x where " + condition, Tuple.class)
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound(taxonomy.label());
        }
        return mapper.apply(rows.get(0));
    }
}

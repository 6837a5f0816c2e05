package dev.engblog.cms.common.api;

import dev.engblog.cms.common.db.ContentVersion;
import dev.engblog.cms.common.db.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The listing engine shared by every collection. The page query is a deferred join: the inner query
 * walks an index for ids and sort keys only, the outer reads the wide columns of the rows kept, so
 * deep offsets never read skipped bodies. A page reached by cursor is that one statement. A numbered
 * page also needs its total: taken from the page itself when it is the last one, otherwise, for
 * sources whose content the database versions, one statement reads the content version and the total
 * is reused from {@link Totals} (counted on the first request after a change); other sources count.
 * So a numbered page costs one, two or (after a change) three statements, whatever its size.
 */
@ApplicationScoped
public class Lister {

    private final Reads reads;
    private final Totals totals;
    private final ContentVersion contentVersion;

    public Lister(Reads reads, Totals totals, ContentVersion contentVersion) {
        this.reads = reads;
        this.totals = totals;
        this.contentVersion = contentVersion;
    }

    /**
     * Where the rows come from: table and alias, extra joins for the outer query, the columns to read;
     * the relation the inner query and the count walk (the table itself, or a narrower one with the
     * same alias, id and sort columns); whether {@code content_version()} covers the table, so its
     * totals may be cached.
     */
    public record Source(String table, String alias, String joins, String columns, String inner, boolean cachedTotals) {

        public Source(String table, String alias, String joins, String columns) {
            this(table, alias, joins, columns, table, false);
        }

        /** Totals of this source may be reused while {@code content_version()} reads the same. */
        public Source versioned() {
            return new Source(table, alias, joins, columns, inner, true);
        }

        /** Pages and totals walk this relation (aliased like the table) instead of the table. */
        public Source walking(String relation) {
            return new Source(table, alias, joins, columns, relation, cachedTotals);
        }

        /** The same rows with more columns read for the kept ones. */
        public Source plusColumns(String more) {
            return new Source(table, alias, joins, columns + ", " + more, inner, cachedTotals);
        }
    }

    public <T> Page<T> list(ListRequest request, SortOrder order, Source source, Where where,
                            Function<Tuple, T> mapper, UriInfo uri) {
        EntityManager em = reads.em();
        String fingerprint = request.fingerprint();
        boolean byCursor = request.after() != null;
        StringBuilder inner = new StringBuilder("select ").append(source.alias()).append(".id as id");
        for (int i = 0; i < order.keys().size(); i++) {
            inner.append(", ").append(order.keys().get(i).sql()).append(" as k").append(i);
        }
        inner.append(" from ").append(source.inner()).append(' ').append(source.alias())
                .append(" where ").append(where.sql());
        if (byCursor) {
            inner.append(" and ").append(order.keysetCondition("k"));
        }
        inner.append(" order by ").append(order.orderBy()).append(" limit :limit");
        if (!byCursor) {
            inner.append(" offset :offset");
        }
        StringBuilder outer = new StringBuilder("select ").append(source.columns());
        StringBuilder outerOrder = new StringBuilder();
        for (int i = 0; i < order.keys().size(); i++) {
            outer.append(", pg.k").append(i);
            outerOrder.append(i == 0 ? "" : ", ").append("pg.k").append(i).append(order.descending() ? " desc" : " asc");
        }
        outer.append(" from (").append(inner).append(") pg join ").append(source.table()).append(' ').append(source.alias())
                .append(" on ").append(source.alias()).append(".id = pg.id ").append(source.joins())
                .append(" order by ").append(outerOrder);

        Query page = em.createNativeQuery(outer.toString(), Tuple.class);
        where.bind(page);
        page.setParameter("limit", request.size() + 1);
        if (byCursor) {
            List<Object> keys = Cursor.decode(request.after(), fingerprint, order);
            for (int i = 0; i < keys.size(); i++) {
                page.setParameter("k" + i, keys.get(i));
            }
        } else {
            page.setParameter("offset", request.offset());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.getResultList();
        boolean more = rows.size() > request.size();
        List<Tuple> kept = more ? rows.subList(0, request.size()) : rows;
        List<T> data = new ArrayList<>(kept.size());
        for (Tuple row : kept) {
            data.add(mapper.apply(row));
        }
        String nextCursor = more ? cursorAfter(kept.get(kept.size() - 1), order, fingerprint) : null;

        UriBuilder self = uri.getRequestUriBuilder();
        if (byCursor) {
            String next = nextCursor == null ? null : self.clone().replaceQueryParam("after", nextCursor).build().toString();
            return new Page<>(data, new Page.Meta(null, request.size(), null, null, nextCursor),
                    new Page.Links(uri.getRequestUri().toString(), next, null));
        }
        long total = total(em, request, source, where, more, kept.size());
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        String next = more ? self.clone().replaceQueryParam("page", request.page() + 1).build().toString() : null;
        String prev = request.page() > 1
                ? self.clone().replaceQueryParam("page", Math.min(request.page() - 1, Math.max(totalPages, 1))).build().toString()
                : null;
        return new Page<>(data, new Page.Meta(request.page(), request.size(), total, totalPages, nextCursor),
                new Page.Links(uri.getRequestUri().toString(), next, prev));
    }

    private long total(EntityManager em, ListRequest request, Source source, Where where, boolean more, int kept) {
        if (!more && kept > 0) {
            return request.offset() + (long) kept;
        }
        String sql = "select count(*) from " + source.inner() + ' ' + source.alias() + " where " + where.sql();
        // No result class on these two: Hibernate keys its native-query plan cache on a result mapping that
        // does not compare equal across calls when one is given, so every request added an entry to one
        // overfull hash bucket (JFR: most of the service's CPU went to SelectInterpretationsKey.equals).
        LongSupplier count = () -> {
            Query query = em.createNativeQuery(sql);
            where.bind(query);
            return ((Number) query.getSingleResult()).longValue();
        };
        if (!source.cachedTotals()) {
            return count.getAsLong();
        }
        return totals.total(sql + where.paramsKey(), contentVersion.current(), count);
    }

    private static String cursorAfter(Tuple last, SortOrder order, String fingerprint) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < order.keys().size(); i++) {
            values.add(last.get("k" + i));
        }
        return Cursor.encode(fingerprint, order, values);
    }
}

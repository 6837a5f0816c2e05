package dev.engblog.cms.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The listing engine shared by every collection. A page costs two SQL statements whatever its size
 * (one count, one page query), and one with a cursor. The page query is a deferred join: the inner
 * query walks the index for ids and sort keys only, the outer reads the wide columns of the rows
 * kept, so deep offsets never read skipped bodies.
 */
@ApplicationScoped
public class Lister {

    private final EntityManager em;

    public Lister(EntityManager em) {
        this.em = em;
    }

    /** Where the rows come from: table and alias, extra joins for the outer query, the columns to read. */
    public record Source(String table, String alias, String joins, String columns) {
    }

    public <T> Page<T> list(ListRequest request, SortOrder order, Source source, Where where,
                            Function<Tuple, T> mapper, UriInfo uri) {
        String fingerprint = request.fingerprint();
        boolean byCursor = request.after() != null;
        StringBuilder inner = new StringBuilder("select ").append(source.alias()).append(".id as id");
        for (int i = 0; i < order.keys().size(); i++) {
            inner.append(", ").append(order.keys().get(i).sql()).append(" as k").append(i);
        }
        inner.append(" from ").append(source.table()).append(' ').append(source.alias())
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
        Query count = em.createNativeQuery("select count(*) from " + source.table() + ' ' + source.alias()
                + " where " + where.sql(), Long.class);
        where.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        String next = more ? self.clone().replaceQueryParam("page", request.page() + 1).build().toString() : null;
        String prev = request.page() > 1
                ? self.clone().replaceQueryParam("page", Math.min(request.page() - 1, Math.max(totalPages, 1))).build().toString()
                : null;
        return new Page<>(data, new Page.Meta(request.page(), request.size(), total, totalPages, nextCursor),
                new Page.Links(uri.getRequestUri().toString(), next, prev));
    }

    private static String cursorAfter(Tuple last, SortOrder order, String fingerprint) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < order.keys().size(); i++) {
            values.add(last.get("k" + i));
        }
        return Cursor.encode(fingerprint, order, values);
    }
}

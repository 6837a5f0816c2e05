package dev.engblog.cms.subscriber;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams every subscriber as CSV (Apache Commons CSV) straight from a database cursor, so the
 * export never holds the list in memory however long it is. Cells a spreadsheet would run as a
 * formula are neutralised.
 */
@ApplicationScoped
public class SubscriberExport {

    static final String[] HEADER = {"id", "email", "name", "status", "topics", "createdAt", "confirmedAt", "unsubscribedAt"};
    private static final int FETCH = 500;

    private final AgroalDataSource dataSource;

    public SubscriberExport(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void write(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("""
                    select s.id, s.email, s.name, s.status,
                           array_to_string(array(select c.slug from subscriber_topic t join category c on c.id = t.category_id
                                                  where t.subscriber_id = s.id order by c.slug), ' '),
                           s.created_at, s.confirmed_at, s.unsubscribed_at
                      from subscriber s order by s.created_at, s.id""")) {
                st.setFetchSize(FETCH);
                try (ResultSet rs = st.executeQuery();
                     CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
                    while (rs.next()) {
                        csv.printRecord(rs.getString(1), cell(rs.getString(2)), cell(rs.getString(3)), rs.getString(4),
                                cell(rs.getString(5)), instant(rs, 6), instant(rs, 7), instant(rs, 8));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("export failed", e));
        }
    }

    /**
     * Spreadsheets run a cell that starts with {@code = + - @}, tab or CR as a formula (CSV injection);
     * a leading apostrophe makes it text, as OWASP recommends. Names and addresses come from the public.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    private static String instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? "" : value.toInstant().toString();
    }
}

package dev.engblog.cms.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * The addresses of stored files, and media as other features embed it. Posts and authors read their
 * image in the same statement as themselves ({@link #embedSql}), so a page of posts costs no extra
 * query for its images, and turn that JSON into a {@link MediaRef} here. No database access.
 */
@Singleton
public class MediaLinks {

    /** Where this API serves the files when no public base URL is configured. */
    static final String FILES_PATH = "/api/v1/media/files";

    private final String base;
    private final ObjectMapper json;

    public MediaLinks(MediaConfig config, ObjectMapper json) {
        this.base = config.publicBaseUrl().map(String::strip).filter(b -> !b.isEmpty()).map(b -> b.replaceAll("/+$", ""))
                .orElse(FILES_PATH);
        this.json = json;
    }

    /**
     * SQL for the media row the column names, as JSON text (null when the column is null), for a select
     * list: {@code MediaLinks.embedSql("p.cover_media_id") + " as cover_json"}.
     */
    public static String embedSql(String idColumn) {
        return "(select json_build_object('id', md.id, 'sha256', md.sha256, 'mimeType', md.mime_type, 'width', md.width,"
                + " 'height', md.height, 'alt', md.alt, 'placeholder', md.placeholder)::text from media md where md.id = "
                + idColumn + ")";
    }

    /** The embedded shape of the JSON {@link #embedSql} reads; null for null. */
    public MediaRef embed(String embedded) {
        if (embedded == null) {
            return null;
        }
        try {
            Row row = json.readValue(embedded, Row.class);
            return new MediaRef(row.id(), url(row.sha256(), MediaKeys.ORIGINAL, row.mimeType()), row.mimeType(), row.width(),
                    row.height(), row.alt(), sizes(row.sha256(), row.width(), row.mimeType()), row.placeholder());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable media embed from the database", e);
        }
    }

    private record Row(UUID id, String sha256, String mimeType, int width, int height, String alt, String placeholder) {
    }

    String url(String sha256, String variant, String mimeType) {
        return base + "/" + MediaKeys.key(sha256, variant, MediaKeys.ext(mimeType));
    }

    MediaSizes sizes(String sha256, int width, String mimeType) {
        String[] urls = new String[MediaKeys.WIDTHS.length];
        for (int i = 0; i < urls.length; i++) {
            int w = MediaKeys.WIDTHS[i];
            urls[i] = w < width ? url(sha256, "w" + w, mimeType) : null;
        }
        return new MediaSizes(urls[0], urls[1], urls[2], urls[3]);
    }

    MediaResponse response(Media m) {
        return new MediaResponse(m.id, url(m.sha256, MediaKeys.ORIGINAL, m.mimeType), m.mimeType, m.width, m.height, m.bytes,
                m.alt, m.caption, m.filename, sizes(m.sha256, m.width, m.mimeType), m.placeholder, m.sha256, m.createdBy,
                m.createdAt, m.updatedAt, m.version);
    }
}

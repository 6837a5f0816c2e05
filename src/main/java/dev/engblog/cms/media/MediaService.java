package dev.engblog.cms.media;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.error.BodyLimit;
import dev.engblog.cms.common.error.FieldError;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.http.IfMatch;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * The media library: uploads (checked, processed in a bounded pool, stored once per content), the
 * library listing, alt text and captions, and deletes that never leave a post or author without its
 * image. Who may: every staff role uploads (contributors too, for their drafts) and sees the library;
 * the uploader and editors change or delete an item.
 */
@Singleton
public class MediaService implements BodyLimit {

    private static final Logger LOG = Logger.getLogger(MediaService.class);
    /** Room for the multipart framing and the text fields around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final int MAX_ALT = 500;
    private static final int MAX_CAPTION = 1000;
    private static final int MAX_FILENAME = 255;
    private static final Set<String> MIME_TYPES = Set.of("image/jpeg", "image/png");

    /** The listing's parameters (as documented). */
    public static final ListSpec LIST = ListSpec.builder("m.id")
            .filter("q").filter("mimeType")
            .sort("createdAt", SortKey.timestamp("m.created_at"))
            .sort("bytes", SortKey.integer("m.bytes"))
            .defaultSort("-createdAt")
            .build();
    private static final Lister.Source SOURCE = new Lister.Source("media", "m", "",
            "m.id, m.sha256, m.mime_type, m.width, m.height, m.bytes, m.alt, m.caption, m.filename, m.placeholder,"
                    + " m.created_by, m.created_at, m.updated_at, m.version");

    private final MediaRepository media;
    private final MediaStorage storage;
    private final MediaLinks links;
    private final MediaConfig config;
    private final Lister lister;
    private final MergePatch mergePatch;
    private final Event<ContentChanged> changes;
    /** Uploads admitted at once (processing or waiting); beyond them, 503. */
    private final Semaphore admitted;
    /** Uploads decoding and resizing at once. */
    private final Semaphore decoding;

    public MediaService(MediaRepository media, MediaStorage storage, MediaLinks links, MediaConfig config, Lister lister,
                        MergePatch mergePatch, Event<ContentChanged> changes) {
        this.media = media;
        this.storage = storage;
        this.links = links;
        this.config = config;
        this.lister = lister;
        this.mergePatch = mergePatch;
        this.changes = changes;
        if (config.workers() < 1 || config.queue() < 0) {
            throw new IllegalStateException("cms.media.workers must be at least 1 and cms.media.queue at least 0");
        }
        this.admitted = new Semaphore(config.workers() + config.queue(), true);
        this.decoding = new Semaphore(config.workers(), true);
    }

    /** Uploads go to POST /api/v1/media with their own body limit: the file limit and the multipart framing. */
    @Override
    public String path() {
        return "/api/v1/media";
    }

    @Override
    public long maxBytes() {
        return config.maxBytes() + MULTIPART_OVERHEAD;
    }

    // --- for other features ------------------------------------------------------------------

    /** Whether media with this id exists (a revision's cover may have been deleted since). */
    public boolean exists(UUID id) {
        return media.findById(id) != null;
    }

    /** 400 naming the field unless media with this id exists (posts' coverImage, authors' avatar). */
    public void requireExisting(UUID id, String field) {
        if (id != null && media.findById(id) == null) {
            throw ApiException.invalid(field, "no media has the id " + id);
        }
    }

    // --- upload ------------------------------------------------------------------------------

    /** An uploaded file as the HTTP layer kept it: a temporary file, the client's name for it, and the texts. */
    public record Upload(Path file, String filename, String alt, String caption) {
    }

    public MediaResponse upload(Caller caller, Upload upload) {
        caller.require(Role.CONTRIBUTOR);
        if (upload.file() == null) {
            throw ApiException.invalid("file", "required: the image, as the multipart part named file");
        }
        String alt = text(upload.alt(), "alt", MAX_ALT);
        String caption = text(upload.caption(), "caption", MAX_CAPTION);
        long size = size(upload.file());
        if (size == 0) {
            throw ApiException.invalid("file", "is empty");
        }
        if (size > config.maxBytes()) {
            throw new ApiException(413, "Payload Too Large", "The file is " + size + " bytes, more than the limit of "
                    + config.maxBytes() + " bytes.", List.of(new FieldError("file", "larger than " + config.maxBytes() + " bytes")));
        }
        Images.Format format;
        try {
            format = Images.detect(Images.head(upload.file(), 1024));
        } catch (Images.Refused e) {
            throw refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!admitted.tryAcquire()) {
            throw ApiException.unavailable("Other uploads are being processed; retry in a few seconds.", 5);
        }
        try {
            String sha256 = sha256(upload.file());
            for (int attempt = 0; ; attempt++) {
                Images.Processed processed = attempt == 0 && media.count("sha256", sha256) > 0 ? null : process(upload.file(), format);
                if (processed != null) {
                    store(sha256, processed);
                }
                Optional<MediaResponse> created = QuarkusTransaction.requiringNew().call(
                        () -> insert(caller, sha256, processed, alt, caption, filename(upload.filename()), size));
                if (created.isPresent()) {
                    return created.get();
                }
            }
        } finally {
            admitted.release();
        }
    }

    private Images.Processed process(Path file, Images.Format format) {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("The upload was interrupted; retry.", 1);
        }
        try {
            return Images.process(file, format, config.maxPixels());
        } catch (Images.Refused e) {
            throw refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OutOfMemoryError e) {
            // The pixels of this one upload are garbage now; the service goes on, and the client may retry.
            LOG.warn("not enough memory to process an upload; answered 503");
            throw ApiException.unavailable("Not enough memory to process this image now; retry in a minute.", 60);
        } finally {
            decoding.release();
        }
    }

    /** Files first, outside any transaction: keys name their content, so a file stored for a failed insert harms nothing. */
    private void store(String sha256, Images.Processed processed) {
        String ext = MediaKeys.ext(processed.mimeType());
        try {
            for (Map.Entry<String, byte[]> file : processed.files().entrySet()) {
                storage.put(MediaKeys.key(sha256, file.getKey(), ext), file.getValue(), processed.mimeType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The row, under the content's lock: the files are checked to be there (a delete of the last twin
     * may have removed them since); if not (or, without processing, if no twin is left to copy), empty,
     * and the upload is processed and stored again.
     */
    private Optional<MediaResponse> insert(Caller caller, String sha256, Images.Processed processed, String alt, String caption,
                                           String filename, long uploaded) throws IOException {
        media.lockContent(sha256);
        Media twin = media.find("sha256", sha256).firstResult();
        Media m = new Media();
        if (processed != null) {
            m.mimeType = processed.mimeType();
            m.width = processed.width();
            m.height = processed.height();
            m.bytes = processed.files().get(MediaKeys.ORIGINAL).length;
            m.placeholder = processed.placeholder();
        } else if (twin != null) {
            m.mimeType = twin.mimeType;
            m.width = twin.width;
            m.height = twin.height;
            m.bytes = twin.bytes;
            m.placeholder = twin.placeholder;
        } else {
            return Optional.empty();
        }
        for (String variant : MediaKeys.variants(m.width)) {
            if (!storage.exists(MediaKeys.key(sha256, variant, MediaKeys.ext(m.mimeType)))) {
                if (processed == null) {
                    return Optional.empty();
                }
                store(sha256, processed);
                break;
            }
        }
        m.id = UUID.randomUUID();
        m.sha256 = sha256;
        m.alt = alt;
        m.caption = caption;
        m.filename = filename;
        m.createdBy = caller.userId();
        m.createdAt = now();
        m.updatedAt = m.createdAt;
        media.persist(m);
        media.flush();
        MediaResponse response = links.response(m);
        changes.fire(new ContentChanged("media.created", m.id, response, null));
        LOG.debugf("stored media %s (%d bytes uploaded, %s)", m.id, uploaded, processed == null ? "files shared" : "processed");
        return Optional.of(response);
    }

    // --- reads -------------------------------------------------------------------------------

    public Page<MediaResponse> list(Caller caller, MultivaluedMap<String, String> query, UriInfo uri) {
        caller.require(Role.CONTRIBUTOR);
        ListRequest request = LIST.parse(query);
        Where where = new Where();
        String q = request.textFilter("q", 200);
        if (q != null) {
            where.and("(m.alt ilike :q escape '\\' or m.caption ilike :q escape '\\' or m.filename ilike :q escape '\\')", "q",
                    "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String mimeType = request.filter("mimeType");
        if (mimeType != null) {
            if (!MIME_TYPES.contains(mimeType)) {
                throw ApiException.badParameter("mimeType", "must be image/jpeg or image/png (the stored types)");
            }
            where.and("m.mime_type = :mimeType", "mimeType", mimeType);
        }
        return lister.list(request, request.sort() == null ? LIST.defaultOrder() : request.sort(), SOURCE, where, this::fromRow, uri);
    }

    public MediaResponse get(Caller caller, String id) {
        caller.require(Role.CONTRIBUTOR);
        return links.response(find(id));
    }

    /** A stored file by its public name ({@code <sha256>/<variant>.<ext>}); empty when there is none. */
    public Optional<MediaStorage.StoredFile> file(String sha256, String file) {
        if (!MediaKeys.isSha256(sha256) || !MediaKeys.isFile(file)) {
            return Optional.empty();
        }
        try {
            return storage.open(sha256 + "/" + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- writes ------------------------------------------------------------------------------

    /** Alt text and caption (JSON merge patch); the pixels never change. */
    public MediaResponse patch(Caller caller, String id, String ifMatch, JsonNode patch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Media m = editable(caller, id, ifMatch);
            MediaResponse before = links.response(m);
            MediaUpdate update = mergePatch.apply(new MediaUpdate(m.alt, m.caption), patch, MediaUpdate.class);
            m.alt = text(update.alt(), "alt", MAX_ALT);
            m.caption = text(update.caption(), "caption", MAX_CAPTION);
            m.updatedAt = now();
            media.flush();
            MediaResponse after = links.response(m);
            changes.fire(new ContentChanged("media.updated", m.id, after, before));
            return after;
        });
    }

    /**
     * Deletes the item, unless a post or author shows it (409 naming them); the files go when no other
     * item shares them, decided under the content's lock so a concurrent identical upload keeps its files.
     */
    public void delete(Caller caller, String id, String ifMatch) {
        Media deleted = QuarkusTransaction.requiringNew().call(() -> {
            Media m = editable(caller, id, ifMatch);
            List<String> users = media.usedBy(m.id);
            if (!users.isEmpty()) {
                throw ApiException.conflict("id", "The image is used by " + String.join(", ", users)
                        + "; remove it from them first.");
            }
            MediaResponse before = links.response(m);
            media.delete(m);
            media.flush();
            changes.fire(new ContentChanged("media.deleted", m.id, null, before));
            return m;
        });
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                media.lockContent(deleted.sha256);
                if (media.count("sha256", deleted.sha256) == 0) {
                    for (String variant : MediaKeys.variants(deleted.width)) {
                        try {
                            storage.delete(MediaKeys.key(deleted.sha256, variant, MediaKeys.ext(deleted.mimeType)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            // The item is gone; its files stay behind unused, which harms nothing but space.
            LOG.warnf(e, "media %s deleted, but its files under %s could not be removed", deleted.id, deleted.sha256);
        }
    }

    /** The uploader and editors may change or delete an item; other staff only look. */
    static boolean canEdit(Caller caller, Media m) {
        return caller.atLeast(Role.EDITOR) || caller.userId().equals(m.createdBy);
    }

    private Media editable(Caller caller, String id, String ifMatch) {
        caller.require(Role.CONTRIBUTOR);
        Media m = find(id);
        if (!canEdit(caller, m)) {
            throw ApiException.forbidden("Only the uploader or an editor may change this image.");
        }
        IfMatch.check(ifMatch, m.version);
        return m;
    }

    private Media find(String id) {
        Media m = media.findById(Keys.id(id));
        if (m == null) {
            throw ApiException.notFound("Media");
        }
        return m;
    }

    private MediaResponse fromRow(Tuple row) {
        Media m = new Media();
        m.id = row.get("id", UUID.class);
        m.sha256 = row.get("sha256", String.class);
        m.mimeType = row.get("mime_type", String.class);
        m.width = ((Number) row.get("width")).intValue();
        m.height = ((Number) row.get("height")).intValue();
        m.bytes = ((Number) row.get("bytes")).longValue();
        m.alt = row.get("alt", String.class);
        m.caption = row.get("caption", String.class);
        m.filename = row.get("filename", String.class);
        m.placeholder = row.get("placeholder", String.class);
        m.createdBy = row.get("created_by", UUID.class);
        m.createdAt = SortKey.toInstant(row.get("created_at"));
        m.updatedAt = SortKey.toInstant(row.get("updated_at"));
        m.version = ((Number) row.get("version")).longValue();
        return links.response(m);
    }

    private static ApiException refused(Images.Refused e) {
        return new ApiException(e.status, e.status == 415 ? "Unsupported Media Type" : "Bad Request", e.getMessage(),
                List.of(new FieldError("file", e.getMessage())));
    }

    /** A text field: stripped, null when blank, and within its length and free of control characters. */
    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw ApiException.invalid(field, "size must be between 0 and " + max);
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw ApiException.invalid(field, "must not contain control characters");
        }
        return text;
    }

    /** The client's file name, for search and display only: its last path segment, printable, at most 255 characters. */
    static String filename(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}]", "").strip();
        if (last.isEmpty()) {
            return null;
        }
        return last.length() > MAX_FILENAME ? last.substring(0, MAX_FILENAME) : last;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

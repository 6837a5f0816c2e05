package dev.engblog.cms.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where media files live, by key ({@code <sha256>/<variant>.<ext>}). Keys name their content, so a
 * put of a key that exists changes nothing and files never need updating, only adding and deleting.
 * Two implementations, chosen by {@code cms.media.storage}: {@link FilesystemStorage} and {@link S3Storage}.
 */
public interface MediaStorage {

    void put(String key, byte[] bytes, String contentType) throws IOException;

    boolean exists(String key) throws IOException;

    /** The stored file, or empty when there is none. */
    Optional<StoredFile> open(String key) throws IOException;

    /** Deletes the file; a missing one is no error. */
    void delete(String key) throws IOException;

    /** An open stored file and its length. */
    record StoredFile(InputStream content, long length) {
    }
}

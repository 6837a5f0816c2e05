package dev.engblog.cms.media;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The storage {@code cms.media.storage} names, built once (an S3 bucket without a name stops the start with a message). */
public class MediaStorageChoice {

    @Produces
    @Singleton
    MediaStorage storage(MediaConfig config) {
        return switch (config.storage()) {
            case FILESYSTEM -> new FilesystemStorage(Path.of(config.dir()));
            case S3 -> new S3Storage(config.s3());
        };
    }

    void close(@Disposes MediaStorage storage) {
        if (storage instanceof S3Storage s3) {
            s3.close();
        }
    }
}

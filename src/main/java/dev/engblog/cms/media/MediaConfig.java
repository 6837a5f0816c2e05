package dev.engblog.cms.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Media library settings: limits, the processing pool, where files are stored and served from. */
@ConfigMapping(prefix = "cms.media")
public interface MediaConfig {

    /** Where files are kept: {@code filesystem} (the directory below) or {@code s3} (the bucket below). */
    @WithDefault("filesystem")
    StorageKind storage();

    /** The directory of the filesystem storage; created when missing. */
    @WithDefault("data/media")
    String dir();

    /** The largest upload, in bytes (413 above it). */
    @WithDefault("10485760")
    long maxBytes();

    /** The largest image, in pixels (width × height), read from the header before anything is decoded (400 above it). */
    @WithDefault("50000000")
    long maxPixels();

    /** Uploads decoded and resized at the same time; each may hold up to ~70 MB of pixels while it is. */
    @WithDefault("1")
    int workers();

    /** Uploads that may wait for a worker; more are answered 503 with Retry-After, so uploads never take every request thread. */
    @WithDefault("4")
    int queue();

    /** Base URL the files are public under (a CDN, or the bucket's public address); empty: this API serves them. */
    Optional<String> publicBaseUrl();

    /** The S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, ...). */
    S3 s3();

    enum StorageKind {
        FILESYSTEM, S3
    }

    interface S3 {

        /** The endpoint, e.g. {@code https://<account>.r2.cloudflarestorage.com}; empty: AWS S3 of the region. */
        Optional<String> endpoint();

        /** The region (R2: {@code auto}). */
        @WithDefault("us-east-1")
        String region();

        /** The bucket; required when the storage is {@code s3}. */
        Optional<String> bucket();

        /** Path-style addresses ({@code endpoint/bucket/key}), as MinIO and most self-hosted servers need. */
        @WithDefault("false")
        boolean pathStyle();

        /** Access key id; empty: the AWS default chain (AWS_ACCESS_KEY_ID, instance roles, ...). */
        Optional<String> accessKey();

        /** Secret access key, with the access key. */
        Optional<String> secretKey();
    }
}

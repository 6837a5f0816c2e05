package dev.engblog.cms.media;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, ...). Requests are plain signed
 * requests (no chunked payload signing, checksums only where the API requires them), which every
 * S3-compatible server understands.
 */
public class S3Storage implements MediaStorage, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3Storage(MediaConfig.S3 config) {
        this.bucket = config.bucket().filter(b -> !b.isBlank()).orElseThrow(() -> new IllegalStateException(
                "cms.media.storage is s3 but no bucket is set: set CMS_MEDIA_S3_BUCKET (and CMS_MEDIA_S3_ENDPOINT for a non-AWS server)"));
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(30)))
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(config.pathStyle())
                        .chunkedEncodingEnabled(false)
                        .build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(config));
        config.endpoint().filter(e -> !e.isBlank()).ifPresent(e -> builder.endpointOverride(URI.create(e)));
        this.s3 = builder.build();
    }

    private static AwsCredentialsProvider credentials(MediaConfig.S3 config) {
        if (config.accessKey().isPresent() != config.secretKey().isPresent()) {
            throw new IllegalStateException("Set both CMS_MEDIA_S3_ACCESS_KEY and CMS_MEDIA_S3_SECRET_KEY, or neither (AWS default chain)");
        }
        if (config.accessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        check(key);
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).contentLength((long) bytes.length)
                    .cacheControl("public, max-age=31536000, immutable"), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new IOException("S3 put of " + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        check(key);
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3 head of " + key + " failed: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("S3 head of " + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredFile> open(String key) throws IOException {
        check(key);
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key));
            return Optional.of(new StoredFile(in, in.response().contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("S3 get of " + key + " failed: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("S3 get of " + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        check(key);
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("S3 delete of " + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private static void check(String key) {
        if (!MediaKeys.isKey(key)) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
    }
}

package dev.engblog.cms.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.S3Server;
import dev.engblog.cms.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 storage against a real S3-compatible server (s3rver, signatures checked): an upload lands in
 * the bucket under its content hash, is served through the API, is stored once for identical uploads,
 * and its objects go with the last item that uses them.
 */
@QuarkusTest
@TestProfile(S3MediaTest.InBucket.class)
class S3MediaTest {

    /** The service with its media in s3rver's bucket. */
    public static class InBucket implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3Server.class));
        }
    }

    @Inject
    Db db;
    @Inject
    Tokens tokens;

    S3Client bucket;

    @BeforeEach
    void start() {
        db.truncateAll();
        var config = ConfigProvider.getConfig();
        bucket = S3Client.builder()
                .endpointOverride(URI.create(config.getValue("cms.media.s3.endpoint", String.class)))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("S3RVER", "S3RVER")))
                .build();
    }

    @AfterEach
    void stop() {
        bucket.close();
    }

    List<String> keys(String sha256) {
        return bucket.listObjectsV2(b -> b.bucket(S3Server.BUCKET).prefix(sha256 + "/")).contents().stream().map(S3Object::key)
                .sorted().toList();
    }

    @Test
    void uploadsLandInTheBucketAndAreServedFromIt() {
        String editor = tokens.as(Role.EDITOR).bearer();
        byte[] jpeg = TestImages.jpeg(1200, 900);
        Response first = given().header("Authorization", editor).multiPart("file", "bucket.jpg", jpeg, "image/jpeg")
                .post("/api/v1/media");
        first.then().statusCode(201).body("width", equalTo(1200));
        String sha = first.path("sha256");
        assertEquals(List.of(sha + "/original.jpg", sha + "/w1000.jpg", sha + "/w300.jpg", sha + "/w600.jpg"), keys(sha));

        byte[] served = given().get(first.path("url").toString()).then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", "public, max-age=31536000, immutable").extract().asByteArray();
        byte[] stored = bucket.getObjectAsBytes(b -> b.bucket(S3Server.BUCKET).key(sha + "/original.jpg")).asByteArray();
        assertArrayEquals(stored, served, "the API serves the object from the bucket");
        assertEquals(900, TestImages.read(served).getHeight());

        Response second = given().header("Authorization", editor).multiPart("file", "again.jpg", jpeg, "image/jpeg")
                .post("/api/v1/media");
        second.then().statusCode(201).body("url", equalTo(first.path("url")));
        assertEquals(4, keys(sha).size(), "the identical upload stored nothing new");

        given().header("Authorization", editor).delete("/api/v1/media/" + first.path("id")).then().statusCode(204);
        assertEquals(4, keys(sha).size(), "still used by the second item");
        given().header("Authorization", editor).delete("/api/v1/media/" + second.path("id")).then().statusCode(204);
        assertTrue(keys(sha).isEmpty(), "the last item took its objects with it");
        given().get(first.path("url").toString()).then().statusCode(404);
    }

    @Test
    void aRefusedUploadPutsNothingInTheBucket() {
        String editor = tokens.as(Role.EDITOR).bearer();
        given().header("Authorization", editor).multiPart("file", "cut.jpg", TestImages.truncated(TestImages.jpeg(800, 600), 0.5),
                "image/jpeg").post("/api/v1/media").then().statusCode(400);
        assertEquals(List.of(), bucket.listObjectsV2(b -> b.bucket(S3Server.BUCKET)).contents(), "the bucket is empty");
    }
}

package dev.engblog.cms.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The media library: an upload is stored upright, without metadata, in its responsive sizes with a
 * placeholder; identical files are stored once; hostile uploads are refused with nothing stored; an
 * image in use cannot be deleted; posts and authors embed their images.
 */
@QuarkusTest
class MediaTest {

    static final Path STORE = Path.of("target/test-media");
    static final String BLURHASH = "[0-9A-Za-z#$%*+,\\-.:;=?@\\[\\]^_{|}~]{6,}";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    Db db;
    @Inject
    Tokens tokens;

    Staff author;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
        author = tokens.as(Role.AUTHOR);
    }

    static Response upload(Staff who, String filename, byte[] bytes, String declaredType) {
        return given().header("Authorization", who.bearer()).multiPart("file", filename, bytes, declaredType)
                .multiPart("alt", "A gradient with a red corner").post("/api/v1/media");
    }

    static byte[] download(String url) {
        return given().get(url).then().statusCode(200).extract().asByteArray();
    }

    static long storedFiles() throws IOException {
        if (!Files.isDirectory(STORE)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    long rows() {
        return ((Number) db.scalar("select count(*) from media")).longValue();
    }

    @Test
    void anUploadIsStoredUprightWithoutMetadataInItsSizes() {
        byte[] phone = TestImages.phoneJpeg(2400, 1600);
        assertTrue(TestImages.contains(phone, TestImages.SERIAL.getBytes(StandardCharsets.US_ASCII)), "the test file carries EXIF");

        Response created = upload(author, "IMG_0001.jpg", phone, "image/jpeg");
        created.then().statusCode(201).contentType("application/json")
                .header("Location", matchesPattern(".*/api/v1/media/" + UUID))
                .body("mimeType", equalTo("image/jpeg"))
                .body("width", equalTo(1600)).body("height", equalTo(2400))
                .body("alt", equalTo("A gradient with a red corner")).body("filename", equalTo("IMG_0001.jpg"))
                .body("sha256", matchesPattern("[0-9a-f]{64}")).body("placeholder", matchesPattern(BLURHASH))
                .body("createdBy", equalTo(author.userId().toString()))
                .body("url", matchesPattern("/api/v1/media/files/[0-9a-f]{64}/original\\.jpg"))
                .body("sizes", not(hasKey("w2000")));

        Map<String, Integer> widths = Map.of("w300", 300, "w600", 600, "w1000", 1000);
        List<String> urls = new java.util.ArrayList<>(List.of(created.path("url").toString()));
        widths.forEach((size, width) -> {
            String url = created.path("sizes." + size);
            BufferedImage image = TestImages.read(download(url));
            assertEquals(width, image.getWidth(), size);
            assertEquals(width * 3 / 2, image.getHeight(), size + " keeps the proportions");
            urls.add(url);
        });

        BufferedImage original = TestImages.read(download(created.path("url")));
        assertEquals(1600, original.getWidth());
        assertEquals(2400, original.getHeight());
        // Stored sideways with the red block top-left, shown turned clockwise: the block is now top-right.
        assertTrue(red(original.getRGB(1600 - 50, 50)), "top-right is red: the EXIF orientation was applied");
        assertFalse(red(original.getRGB(50, 50)), "top-left is no longer red");

        for (String url : urls) {
            byte[] file = download(url);
            assertFalse(TestImages.contains(file, "Exif".getBytes(StandardCharsets.US_ASCII)), url + " has no EXIF");
            assertFalse(TestImages.contains(file, TestImages.SERIAL.getBytes(StandardCharsets.US_ASCII)), url + " leaks the serial");
            assertFalse(TestImages.contains(file, new byte[] {(byte) 0xFF, (byte) 0xE1}), url + " has no APP1 segment");
        }
    }

    static boolean red(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 200 && g < 60 && b < 60;
    }

    @Test
    void filesAreImmutableWithAStrongEtag() {
        String url = upload(author, "a.png", TestImages.png(400, 300, true), "image/png").then().statusCode(201)
                .body("mimeType", equalTo("image/png")).body("sizes.w300", matchesPattern(".*/w300\\.png"))
                .extract().path("url");
        String etag = given().get(url).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", matchesPattern("\"[0-9a-f]{64}-original\\.png\""))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", etag);
        BufferedImage image = TestImages.read(download(url));
        assertTrue(image.getColorModel().hasAlpha(), "a PNG keeps its transparency");
        given().get(url.replace("original.png", "w2000.png")).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/media/files/..%2F..%2Fetc/passwd").then().statusCode(404);
    }

    @Test
    void identicalUploadsAreStoredOnce() throws IOException {
        byte[] jpeg = TestImages.jpeg(800, 600);
        long before = storedFiles();
        Response first = upload(author, "first.jpg", jpeg, "image/jpeg");
        first.then().statusCode(201);
        long afterFirst = storedFiles();
        Response second = upload(author, "second.jpg", jpeg, "image/jpeg");
        second.then().statusCode(201).body("sha256", equalTo(first.path("sha256"))).body("url", equalTo(first.path("url")))
                .body("filename", equalTo("second.jpg")).body("id", not(equalTo(first.path("id"))))
                .body("placeholder", equalTo(first.path("placeholder")));
        assertEquals(afterFirst, storedFiles(), "the second upload added no file");
        assertTrue(afterFirst - before <= 3 && afterFirst - before >= 0, "original, w300 and w600 at most");
        assertEquals(2, rows());

        given().header("Authorization", author.bearer()).delete("/api/v1/media/" + first.path("id")).then().statusCode(204);
        download(second.path("url"));
        given().header("Authorization", author.bearer()).delete("/api/v1/media/" + second.path("id")).then().statusCode(204);
        given().get(second.path("url").toString()).then().statusCode(404);
        assertEquals(0, rows());
    }

    @Test
    void hostileUploadsAreRefusedWithNothingStored() throws IOException {
        long files = storedFiles();
        byte[] jpeg = TestImages.jpeg(1200, 800);
        byte[] html = "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8);
        byte[] oversize = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(jpeg, 0, oversize, 0, jpeg.length);

        upload(author, "photo.jpg", html, "image/jpeg").then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        upload(author, "logo.svg", svg, "image/svg+xml").then().statusCode(415).body("detail", containsString("SVG"));
        upload(author, "logo.png", svg, "image/png").then().statusCode(415).body("detail", containsString("SVG"));
        upload(author, "huge.jpg", oversize, "image/jpeg").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
        upload(author, "bomb.png", TestImages.pngBomb(), "image/png").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("60000 × 60000"));
        upload(author, "cut.jpg", TestImages.truncated(jpeg, 0.6), "image/jpeg").then().statusCode(400)
                .body("detail", containsString("truncated or damaged"));
        upload(author, "cut.png", TestImages.truncated(TestImages.png(600, 400, false), 0.5), "image/png").then().statusCode(400)
                .body("detail", containsString("truncated or damaged"));
        given().header("Authorization", author.bearer()).multiPart("alt", "no file").post("/api/v1/media")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));

        assertEquals(0, rows(), "no media row");
        assertEquals(files, storedFiles(), "no stored file");
        given().get("/api/v1/posts").then().statusCode(200); // and the service keeps answering
    }

    @Test
    void everyStaffRoleUploadsButOnlyTheUploaderAndEditorsChangeAnItem() {
        byte[] png = TestImages.png(320, 200, false);
        given().multiPart("file", "a.png", png, "image/png").post("/api/v1/media").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        Staff contributor = tokens.as(Role.CONTRIBUTOR);
        String id = upload(contributor, "mine.png", png, "image/png").then().statusCode(201).extract().path("id");

        given().header("Authorization", author.bearer()).contentType("application/merge-patch+json").body(Map.of("alt", "Hijacked"))
                .patch("/api/v1/media/" + id).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", author.bearer()).delete("/api/v1/media/" + id).then().statusCode(403);
        given().header("Authorization", contributor.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("caption", "Our office in winter")).patch("/api/v1/media/" + id).then().statusCode(200)
                .body("caption", equalTo("Our office in winter")).body("alt", equalTo("A gradient with a red corner"))
                .body("version", equalTo(1));
        given().header("Authorization", tokens.as(Role.EDITOR).bearer()).contentType("application/merge-patch+json")
                .body("{\"alt\": null}").patch("/api/v1/media/" + id).then().statusCode(200).body("alt", nullValue());
        given().header("Authorization", contributor.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("alt", "x".repeat(501))).patch("/api/v1/media/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("alt"));
        given().get("/api/v1/media/" + id).then().statusCode(401);
        given().contentType("application/merge-patch+json").body(Map.of("alt", "x")).patch("/api/v1/media/" + id).then()
                .statusCode(401);
        given().delete("/api/v1/media/" + id).then().statusCode(401);
        given().header("Authorization", author.bearer()).get("/api/v1/media/" + id).then().statusCode(200)
                .body("caption", equalTo("Our office in winter"));
    }

    @Test
    void theLibraryIsAPagedListWithSearchAndTypeFilters() {
        upload(author, "office-winter.jpg", TestImages.jpeg(320, 240), "image/jpeg").then().statusCode(201);
        upload(author, "diagram.png", TestImages.png(330, 240, false), "image/png").then().statusCode(201);
        given().header("Authorization", tokens.as(Role.CONTRIBUTOR).bearer()).get("/api/v1/media").then().statusCode(200)
                .body("data.size()", equalTo(2)).body("data[0].filename", equalTo("diagram.png"))
                .body("meta.totalItems", equalTo(2));
        given().header("Authorization", author.bearer()).queryParam("q", "WINTER").get("/api/v1/media").then().statusCode(200)
                .body("data.size()", equalTo(1)).body("data[0].filename", equalTo("office-winter.jpg"));
        given().header("Authorization", author.bearer()).queryParam("mimeType", "image/png").get("/api/v1/media").then().statusCode(200)
                .body("data.size()", equalTo(1)).body("data[0].mimeType", equalTo("image/png"));
        given().header("Authorization", author.bearer()).queryParam("mimeType", "image/svg+xml").get("/api/v1/media").then()
                .statusCode(400).body("errors[0].field", equalTo("mimeType"));
        given().get("/api/v1/media").then().statusCode(401);
    }

    @Test
    void aPostWithACoverImageReadsBackWithSizesAndPlaceholder() {
        Response image = upload(author, "cover.jpg", TestImages.jpeg(1400, 700), "image/jpeg");
        String mediaId = image.path("id");
        String postId = given().header("Authorization", author.bearer()).contentType("application/json")
                .body(Map.of("title", "With a cover", "status", "PUBLISHED", "coverImage", mediaId))
                .post("/api/v1/posts").then().statusCode(201)
                .body("coverImage.id", equalTo(mediaId)).body("coverImage.url", equalTo(image.path("url")))
                .extract().path("id");
        given().get("/api/v1/posts/" + postId).then().statusCode(200)
                .body("coverImage.width", equalTo(1400)).body("coverImage.height", equalTo(700))
                .body("coverImage.alt", equalTo("A gradient with a red corner"))
                .body("coverImage.placeholder", equalTo(image.path("placeholder")))
                .body("coverImage.sizes.w300", equalTo(image.path("sizes.w300")))
                .body("coverImage.sizes.w1000", equalTo(image.path("sizes.w1000")))
                .body("coverImage.sizes", not(hasKey("w2000")))
                .body("coverImageUrl", nullValue());
        given().get("/api/v1/posts").then().statusCode(200).body("data[0].coverImage.sizes.w600", equalTo(image.path("sizes.w600")));

        given().header("Authorization", author.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("coverImage", "5b3bd1d5-62c3-4f26-9a70-2e6a8f0f5e2b")).patch("/api/v1/posts/" + postId)
                .then().statusCode(400).body("errors[0].field", equalTo("coverImage"));
        given().header("Authorization", author.bearer()).contentType("application/merge-patch+json")
                .body(Map.of("coverImage", "not-an-id")).patch("/api/v1/posts/" + postId)
                .then().statusCode(400).body("errors[0].field", equalTo("coverImage"));
    }

    @Test
    void aPageOfPostsReadsItsCoverImagesInTheSameStatements() {
        String mediaId = upload(author, "cover.jpg", TestImages.jpeg(700, 400), "image/jpeg").path("id");
        for (int i = 0; i < 12; i++) {
            given().header("Authorization", author.bearer()).contentType("application/json")
                    .body(Map.of("title", "Plain " + i, "status", "PUBLISHED")).post("/api/v1/posts").then().statusCode(201);
        }
        given().get("/api/v1/posts?size=10").then().statusCode(200);
        long plain = db.statementsDuring(() -> given().get("/api/v1/posts?size=10").then().statusCode(200));
        for (int i = 0; i < 12; i++) {
            given().header("Authorization", author.bearer()).contentType("application/json")
                    .body(Map.of("title", "Covered " + i, "status", "PUBLISHED", "coverImage", mediaId)).post("/api/v1/posts")
                    .then().statusCode(201);
        }
        given().get("/api/v1/posts?size=10").then().statusCode(200);
        long covered = db.statementsDuring(() -> given().get("/api/v1/posts?size=10").then().statusCode(200)
                .body("data.coverImage.id", org.hamcrest.Matchers.everyItem(equalTo(mediaId))));
        assertEquals(plain, covered, "ten embedded images cost no extra statement");
    }

    @Test
    void anImageInUseCannotBeDeleted() {
        Response image = upload(author, "cover.jpg", TestImages.jpeg(640, 480), "image/jpeg");
        String mediaId = image.path("id");
        given().header("Authorization", author.bearer()).contentType("application/json")
                .body(Map.of("title", "Uses the image", "coverImage", mediaId)).post("/api/v1/posts").then().statusCode(201);
        given().header("Authorization", tokens.as(Role.ADMIN).bearer()).contentType("application/merge-patch+json")
                .body(Map.of("avatar", mediaId)).patch("/api/v1/authors/" + author.authorId()).then().statusCode(200)
                .body("avatar.id", equalTo(mediaId)).body("avatar.sizes.w300", equalTo(image.path("sizes.w300")));
        given().get("/api/v1/authors/" + author.authorId()).then().statusCode(200)
                .body("avatar.placeholder", equalTo(image.path("placeholder")));

        given().header("Authorization", author.bearer()).delete("/api/v1/media/" + mediaId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("post 'Uses the image'"))
                .body("detail", containsString("author '" + author.role().name()));
        assertEquals(1, rows());
        download(image.path("url"));
    }

    @Test
    void theFilesOfAnUploadAreTheBytesServed() {
        Response image = upload(author, "small.png", TestImages.png(200, 100, false), "image/png");
        byte[] served = download(image.path("url"));
        assertEquals(((Number) image.path("bytes")).longValue(), served.length);
        assertArrayEquals(served, download(image.path("url")));
    }
}

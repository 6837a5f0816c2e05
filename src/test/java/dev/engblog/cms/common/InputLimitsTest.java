package dev.engblog.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Tokens;
import dev.engblog.cms.testsupport.Tokens.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Input can never cost more than it is worth, and every refusal is a problem+json naming what was wrong. */
@QuarkusTest
class InputLimitsTest {

    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Tokens tokens;

    Staff editor;

    @BeforeEach
    void cleanSlate() {
        db.truncateAll();
        editor = tokens.as(Role.EDITOR);
        fx.author("kehem-team", "KEHEM Team");
    }

    private ValidatableResponse createPost(String title, String markdown) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("authors", List.of("kehem-team"));
        body.put("bodyMarkdown", markdown);
        return given().header("Authorization", editor.bearer()).contentType("application/json").body(body)
                .post("/api/v1/posts").then();
    }

    private static void refusedNaming(ValidatableResponse r, String field) {
        r.statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo(field));
    }

    private long posts() {
        return ((Number) db.scalar("select count(*) from post")).longValue();
    }

    @Test
    void refusesTableWiderThanSixtyFourColumns() {
        // 4 kB that rendered to 1.4 MB: each one-cell row was padded to the header's 400 cells.
        String bomb = "|a".repeat(400) + "|\n" + "|-".repeat(400) + "|\n" + "|x\n".repeat(400);
        refusedNaming(createPost("Wide", bomb), "bodyMarkdown");
        createPost("Wide", bomb).body("errors[0].message", containsString("64"));
        assertEquals(0, posts());
    }

    @Test
    void refusesBodyThatRendersToMoreThanTenTimesItsSize() {
        String bomb = "|a".repeat(64) + "|\n" + "|-".repeat(64) + "|\n" + "|x\n".repeat(300);
        refusedNaming(createPost("Tall", bomb), "bodyMarkdown");
        createPost("Tall", bomb).body("errors[0].message", containsString("times the Markdown"));
        // Too many cells to build in time is refused as well, before any of them is rendered.
        refusedNaming(createPost("Taller", "|a".repeat(64) + "|\n" + "|-".repeat(64) + "|\n" + "|x\n".repeat(60_000)), "bodyMarkdown");
        assertEquals(0, posts());
    }

    @Test
    void rendersOrdinaryTablesAndLongBodies() {
        String table = "| a | b | c |\n|---|:-:|--:|\n" + "| 1 | 2 | 3 |\n".repeat(50);
        String prose = "Some *text* with a [link](https://example.com) and `code`.\n\n".repeat(2000);
        createPost("Table", table + "\n" + prose).statusCode(201).body("bodyHtml", containsString("<td align=\"center\">2</td>"));
    }

    @Test
    void refusesPathologicalBodyQuickly() {
        // Nested brackets take CommonMark time quadratic in their number: over 20 s of processor time
        // for these 200 kB, and then a 201. Parsing now stops after 1 s of processor time; the bound
        // below is wall time on a shared build machine, so it is generous.
        String brackets = "[".repeat(99_999) + "a" + "]".repeat(99_999);
        long start = System.nanoTime();
        ValidatableResponse r = createPost("Brackets", brackets);
        long millis = (System.nanoTime() - start) / 1_000_000;
        refusedNaming(r, "bodyMarkdown");
        assertTrue(millis < 10_000, "took " + millis + " ms");

        String tags = "<a ".repeat(66_000);
        start = System.nanoTime();
        r = createPost("Tags", tags);
        millis = (System.nanoTime() - start) / 1_000_000;
        refusedNaming(r, "bodyMarkdown");
        assertTrue(millis < 10_000, "took " + millis + " ms");
        assertEquals(0, posts());
    }

    @Test
    void refusesNestingDeeperThanTheRendererCanFollow() {
        refusedNaming(createPost("Deep", ">".repeat(5_000) + " a"), "bodyMarkdown");
        refusedNaming(createPost("Deep", "*a ".repeat(30_000) + "b" + " a*".repeat(30_000)), "bodyMarkdown");
        createPost("Quotes", "> > > three levels are fine").statusCode(201);
    }

    @Test
    void refusesControlCharactersInAnyJsonString() {
        given().contentType("application/json").body("{\"email\":\"nul@example.com\",\"name\":\"a\\u0000b\"}")
                .post("/api/v1/subscribers").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("control characters"));
        assertEquals(0L, ((Number) db.scalar("select count(*) from subscriber")).longValue());

        var post = given().header("Authorization", editor.bearer()).contentType("application/json");
        refusedNaming(post.body("{\"title\":\"Escape \\u001b[31m\",\"authors\":[\"kehem-team\"]}").post("/api/v1/posts").then(), "title");
        refusedNaming(given().header("Authorization", editor.bearer()).contentType("application/json")
                .body("{\"title\":\"Fine\",\"tags\":[\"ok\",\"b\\u0007ell\"],\"authors\":[\"kehem-team\"]}").post("/api/v1/posts").then(), "tags[1]");
        refusedNaming(given().header("Authorization", editor.bearer()).contentType("application/json")
                .body("{\"title\":\"Fine\",\"seo\":{\"metaTitle\":\"x\\u0000\"},\"authors\":[\"kehem-team\"]}").post("/api/v1/posts").then(), "seo.metaTitle");
        assertEquals(0, posts());

        String id = given().header("Authorization", editor.bearer()).contentType("application/json")
                .body("{\"title\":\"Tabs\\tand\\nnewlines are text\",\"authors\":[\"kehem-team\"],\"bodyMarkdown\":\"a\\r\\nb\\tc\"}")
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        refusedNaming(given().header("Authorization", editor.bearer()).contentType("application/merge-patch+json")
                .body("{\"excerpt\":\"\\u0000\"}").patch("/api/v1/posts/" + id).then(), "excerpt");
    }

    @Test
    void refusesBodiesThatAreNotUtf8() {
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}}) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("{\"email\":\"utf".getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(bad);
            body.writeBytes("8@example.com\",\"name\":\"x\"}".getBytes(StandardCharsets.US_ASCII));
            given().contentType("application/json").body(body.toByteArray()).post("/api/v1/subscribers")
                    .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
        }
        assertEquals(0L, ((Number) db.scalar("select count(*) from subscriber")).longValue());
    }

    @Test
    void refusesPagesBeyondTheOffsetRange() {
        for (String list : new String[] {"posts", "categories", "tags", "authors"}) {
            refusedNaming(given().get("/api/v1/" + list + "?page=2147483647").then(), "page");
            refusedNaming(given().get("/api/v1/" + list + "?page=21474837&size=100").then(), "page");
        }
        given().get("/api/v1/posts?page=21474836&size=100").then().statusCode(200);
    }

    @Test
    void answersMalformedQueryStringsWithProblemJson() {
        // No HTTP client sends these (java.net.URI refuses them), so they go out over a plain socket.
        for (String query : new String[] {"page=%", "q=%zz", "tag=%E0%A4%A"}) {
            String answer = rawGet("/api/v1/posts?" + query);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"type\":\"https://engblog.dev/problems/bad-request\""), answer);
            assertTrue(answer.contains("percent-encoding"), answer);
        }
    }

    private static String rawGet(String target) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

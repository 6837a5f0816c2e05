package dev.engblog.cms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.auth.Bootstrap;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client a frontend would write (openapi-fetch with the types openapi-typescript
 * generates from openapi.yaml, strictNullChecks on), run by Node against the started app: it lists,
 * reads by slug, signs in and creates a post. The build compiles it (npm run check) before the tests.
 */
@QuarkusTest
class TypeScriptClientTest {

    private static final Path DIR = Path.of("src/test/typescript");
    private static final Path SCRIPT = DIR.resolve("build/smoke.js");

    @TestHTTPResource("/")
    URL base;
    @Inject
    Db db;
    @Inject
    Fixtures fx;
    @Inject
    Bootstrap bootstrap;

    @Test
    void aStrictTypeScriptClientListsReadsSignsInAndWrites() throws Exception {
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT + " is missing: ./mvnw verify compiles it (npm run check)");
        db.truncateAll();
        bootstrap.createFirstAdmin(Optional.of("ts@example.com"), Optional.of("TypeScript-Client-Secret-1"));
        fx.post("Read from TypeScript").in(fx.category("frontend", "Frontend")).save();

        Path log = Files.createTempFile("smoke", ".log");
        Process node = new ProcessBuilder(List.of("node", DIR.relativize(SCRIPT).toString(),
                base.toString().replaceAll("/$", ""), "ts@example.com", "TypeScript-Client-Secret-1"))
                .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = node.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(finished, "node did not finish in 60 s:\n" + output);
        assertEquals(0, node.exitValue(), "the TypeScript client failed:\n" + output);
        assertTrue(output.contains("created draft written-from-typescript"), output);
        assertEquals(1L, ((Number) db.scalar("select count(*) from post where title = 'Written from TypeScript' and status = 'DRAFT'"))
                .longValue(), "the post the script created is stored");
    }
}

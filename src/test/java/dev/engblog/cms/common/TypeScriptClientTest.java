package dev.engblog.cms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.auth.Bootstrap;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import dev.engblog.cms.testsupport.Node;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

        Node.Run run = Node.run(DIR, DIR.relativize(SCRIPT).toString(), base.toString().replaceAll("/$", ""), "ts@example.com",
                "TypeScript-Client-Secret-1");
        String output = run.output();
        assertEquals(0, run.exitCode(), "the TypeScript client failed:\n" + output);
        assertTrue(output.contains("created draft written-from-typescript"), output);
        assertEquals(1L, ((Number) db.scalar("select count(*) from post where title = 'Written from TypeScript' and status = 'DRAFT'"))
                .longValue(), "the post the script created is stored");
    }
}

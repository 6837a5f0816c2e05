package dev.engblog.cms.testsupport;

import dev.engblog.cms.common.db.PgAdmin;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Every test run gets a database of its own on the local server, dropped when the run ends, so two
 * runs never clobber each other or a developer's data. TEST_PG_SERVER points elsewhere if needed.
 */
@QuarkusTestResource(TestDatabase.class)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String SERVER = System.getenv().getOrDefault("TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("TEST_PG_PASSWORD", "");

    private final String name = "engblog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    public Map<String, String> start() {
        PgAdmin.createIfMissing(SERVER, USER, PASSWORD, name);
        return Map.of(
                "quarkus.datasource.jdbc.url", SERVER + "/" + name,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        PgAdmin.drop(SERVER, USER, PASSWORD, name);
    }
}

package dev.engblog.cms.common.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Production log lines never carry a credential, whoever logged it. */
class JsonLogsTest {

    @Test
    void masksKeysInUrlsAndBearerValues() {
        String content = "0123456789abcdef0123456789";
        String admin = "cms_" + "ab".repeat(32);
        ExtLogRecord record = new ExtLogRecord(Level.WARNING,
                "GET /ghost/api/content/posts/?limit=5&key=" + content + "&page=2 failed; Authorization: Bearer " + admin,
                JsonLogsTest.class.getName());
        record.setThrown(new IllegalStateException("while reading /api/v1/posts?key=" + content));
        String line = new JsonLogs.LineFormatter().format(record);
        assertFalse(line.contains(content), line);
        assertFalse(line.contains(admin), line);
        assertTrue(line.contains("key=***&page=2"), line);
        assertTrue(line.contains("Bearer ***"), line);
    }
}

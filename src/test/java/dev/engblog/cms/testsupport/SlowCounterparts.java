package dev.engblog.cms.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The workers against counterparts that misbehave: a real SMTP relay (GreenMail) instead of the mock
 * mailbox, a transaction timeout below the time a slow relay or a hanging webhook receiver takes
 * (so any send inside a transaction would be rolled back), short leases and quick retries.
 */
public class SlowCounterparts implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.transaction-manager.default-transaction-timeout", "4s",
                "quarkus.mailer.timeout", "10s",
                "cms.newsletter.lease", "PT60S",
                "cms.newsletter.retry-base", "PT0S",
                "cms.newsletter.max-attempts", "3",
                "cms.webhooks.timeout", "PT1S",
                "cms.webhooks.lease", "PT30S",
                "cms.webhooks.max-attempts", "3");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpRelay.class));
    }
}

package dev.engblog.cms.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.engblog.cms.common.http.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook; {@code secret} is present only in the answers to create and rotate, never again. */
public record WebhookResponse(UUID id, String name, String url, List<String> events, boolean active, Instant createdAt,
                              Instant updatedAt, long version,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String secret) implements Versioned {

    WebhookResponse withSecret(String shownOnce) {
        return new WebhookResponse(id, name, url, events, active, createdAt, updatedAt, version, shownOnce);
    }
}

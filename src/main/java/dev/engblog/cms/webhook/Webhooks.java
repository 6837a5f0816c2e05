package dev.engblog.cms.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engblog.cms.common.event.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns content changes into webhook deliveries: one queued delivery per active webhook that
 * subscribed to the event (or its family, {@code post.*}), observed in the change's transaction, so
 * a change and its deliveries commit together. The payload uses the same shapes as the API.
 */
@ApplicationScoped
public class Webhooks {

    /** The events a webhook may subscribe to (Ghost's names for posts), and each family's wildcard. */
    public static final String EVENT_PATTERN = "(post\\.(added|published|published\\.edited|updated|unpublished|scheduled|deleted|restored|\\*)"
            + "|(category|tag|author|media)\\.(created|updated|deleted|\\*)|subscriber\\.(confirmed|unsubscribed|\\*)|settings\\.(updated|\\*))";

    private final DeliveryRepository deliveries;
    private final ObjectMapper json;

    public Webhooks(DeliveryRepository deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    void on(@Observes ContentChanged change) {
        String event = change.event();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("current", change.current());
        data.put("previous", change.previous());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", UUID.randomUUID());
        body.put("event", event);
        body.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        body.put("data", data);
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload", e);
        }
        deliveries.enqueue(event, event.substring(0, event.indexOf('.')) + ".*", payload);
    }
}

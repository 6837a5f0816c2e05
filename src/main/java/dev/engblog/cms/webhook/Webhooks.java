package dev.engblog.cms.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Records content changes for webhooks: one queued delivery per active webhook that subscribed to
 * the event (or its family, {@code post.*}), in the caller's transaction, so a change and its
 * deliveries commit together. The payload uses the same shapes as the API.
 */
@ApplicationScoped
public class Webhooks {

    public static final String EVENT_PATTERN =
            "(post\\.(published|updated|unpublished|deleted|\\*)|(category|tag|author)\\.(created|updated|deleted|\\*)|subscriber\\.(confirmed|unsubscribed|\\*))";

    private final EntityManager em;
    private final ObjectMapper json;

    public Webhooks(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Queues the event for every subscribed webhook; {@code previous} is null for creations, {@code current} for deletions. */
    public void emit(String event, Object current, Object previous) {
        String family = event.substring(0, event.indexOf('.')) + ".*";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("current", current);
        data.put("previous", previous);
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
        em.createNativeQuery("""
                        insert into webhook_delivery (id, webhook_id, event, payload, status, next_attempt_at, created_at)
                        select gen_random_uuid(), w.id, :event, :payload, 'QUEUED', now(), now()
                          from webhook w where w.active and (:event = any(w.events) or :family = any(w.events))""")
                .setParameter("event", event).setParameter("family", family).setParameter("payload", payload)
                .executeUpdate();
    }
}

package dev.engblog.cms.webhook;

import dev.engblog.cms.common.event.Audited;
import jakarta.enterprise.event.Event;
import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.http.IfMatch;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Webhook administration (ADMIN): targets checked against SSRF, secrets shown once, delivery log, redelivery. */
@ApplicationScoped
public class WebhookService {

    /** Webhooks are few (an admin's handful): the list answers whole, in the list envelope, and takes no parameters. */
    public static final ListSpec LIST = ListSpec.builder("w.id").unpaged().build();
    /** The newest 100 deliveries answer in one page of the list envelope; no parameters. */
    public static final ListSpec DELIVERIES = ListSpec.builder("d.id").unpaged().build();

    private static final String COLUMNS = "id, name, url, array_to_string(events, ','), active, created_at, updated_at, version";

    private final EntityManager em;
    private final WebhookSecrets secrets;
    private final WebhookConfig config;
    private final MergePatch mergePatch;
    private final Event<Audited> audit;

    public WebhookService(EntityManager em, WebhookSecrets secrets, WebhookConfig config, MergePatch mergePatch, Event<Audited> audit) {
        this.audit = audit;
        this.em = em;
        this.secrets = secrets;
        this.config = config;
        this.mergePatch = mergePatch;
    }

    public Page<WebhookResponse> list(Caller caller, UriInfo uri) {
        caller.require(Role.ADMIN);
        LIST.parse(uri.getQueryParameters());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from webhook order by created_at, id").getResultList();
        return Page.whole(rows.stream().map(WebhookService::response).toList(), uri);
    }

    public WebhookResponse get(Caller caller, String id) {
        caller.require(Role.ADMIN);
        return find(Keys.id(id));
    }

    @Transactional
    public WebhookResponse create(Caller caller, WebhookRequest r) {
        caller.require(Role.ADMIN);
        checkTarget(r.url());
        UUID id = UUID.randomUUID();
        String secret = secrets.generate();
        em.createNativeQuery("""
                        insert into webhook (id, name, url, events, active, secret_encrypted, created_at, updated_at)
                        values (:id, :name, :url, string_to_array(:events, ','), :active, :secret, now(), now())""")
                .setParameter("id", id).setParameter("name", r.name().strip()).setParameter("url", r.url())
                .setParameter("events", String.join(",", r.events())).setParameter("active", r.active() == null || r.active())
                .setParameter("secret", secrets.encrypt(secret)).executeUpdate();
        WebhookResponse created = find(id);
        audit.fire(new Audited("webhook.created", "webhook", id, null, created));
        return created.withSecret(secret);
    }

    /** PUT: the body replaces name, URL, events and active flag, through the same rules as a patch. */
    @Transactional
    public WebhookResponse replace(Caller caller, String id, String ifMatch, WebhookRequest body) {
        return update(caller, id, ifMatch, mergePatch.replacement(body));
    }

    @Transactional
    public WebhookResponse update(Caller caller, String id, String ifMatch, JsonNode patch) {
        caller.require(Role.ADMIN);
        WebhookResponse current = find(Keys.id(id));
        IfMatch.check(ifMatch, current.version());
        WebhookRequest r = mergePatch.apply(new WebhookRequest(current.name(), current.url(), current.events(), current.active()),
                patch, WebhookRequest.class);
        checkTarget(r.url());
        int changed = em.createNativeQuery("""
                        update webhook set name = :name, url = :url, events = string_to_array(:events, ','), active = :active,
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .setParameter("name", r.name().strip()).setParameter("url", r.url()).setParameter("events", String.join(",", r.events()))
                .setParameter("active", r.active() == null || r.active()).setParameter("id", current.id())
                .setParameter("version", current.version()).executeUpdate();
        if (changed == 0) {
            throw ApiException.preconditionFailed();
        }
        WebhookResponse after = find(current.id());
        audit.fire(new Audited("webhook.updated", "webhook", current.id(), current, after));
        return after;
    }

    /** A new secret, shown once; the old one stops signing at once. */
    @Transactional
    public WebhookResponse rotate(Caller caller, String id) {
        caller.require(Role.ADMIN);
        UUID key = find(Keys.id(id)).id();
        String secret = secrets.generate();
        em.createNativeQuery("update webhook set secret_encrypted = :secret, updated_at = now(), version = version + 1 where id = :id")
                .setParameter("secret", secrets.encrypt(secret)).setParameter("id", key).executeUpdate();
        audit.fire(new Audited("webhook.secret_rotated", "webhook", key, null, null));
        return find(key).withSecret(secret);
    }

    @Transactional
    public void delete(Caller caller, String id, String ifMatch) {
        caller.require(Role.ADMIN);
        WebhookResponse current = find(Keys.id(id));
        IfMatch.check(ifMatch, current.version());
        em.createNativeQuery("delete from webhook where id = :id").setParameter("id", current.id()).executeUpdate();
        audit.fire(new Audited("webhook.deleted", "webhook", current.id(), current, null));
    }

    /** The newest 100 deliveries with their attempts: two statements whatever the count. */
    public Page<DeliveryResponse> deliveries(Caller caller, String id, UriInfo uri) {
        caller.require(Role.ADMIN);
        DELIVERIES.parse(uri.getQueryParameters());
        UUID webhook = find(Keys.id(id)).id();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, event, status, attempts, created_at, delivered_at from webhook_delivery
                         where webhook_id = :id order by created_at desc, id desc limit 100""")
                .setParameter("id", webhook).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = em.createNativeQuery("""
                        select a.delivery_id, a.attempted_at, a.response_code, a.duration_ms, a.error
                          from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                         where d.webhook_id = :id order by a.attempted_at""")
                .setParameter("id", webhook).getResultList();
        Map<UUID, List<DeliveryResponse.Attempt>> logs = new LinkedHashMap<>();
        for (Object[] a : attempts) {
            logs.computeIfAbsent((UUID) a[0], k -> new ArrayList<>()).add(new DeliveryResponse.Attempt(SortKey.toInstant(a[1]),
                    a[2] == null ? null : ((Number) a[2]).intValue(), ((Number) a[3]).intValue(), (String) a[4]));
        }
        return Page.whole(rows.stream().map(r -> new DeliveryResponse((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                SortKey.toInstant(r[4]), SortKey.toInstant(r[5]), logs.getOrDefault((UUID) r[0], List.of()))).toList(), uri);
    }

    /** Sends a delivery again, whatever became of it; its log keeps the earlier attempts. */
    @Transactional
    public void redeliver(Caller caller, String id, String deliveryId) {
        caller.require(Role.ADMIN);
        int changed = em.createNativeQuery("""
                        update webhook_delivery set status = 'QUEUED', attempts = 0, next_attempt_at = now()
                         where id = :delivery and webhook_id = :webhook""")
                .setParameter("delivery", Keys.id(deliveryId)).setParameter("webhook", Keys.id(id)).executeUpdate();
        if (changed == 0) {
            throw ApiException.notFound("Delivery");
        }
        audit.fire(new Audited("webhook.redelivered", "webhook_delivery", Keys.id(deliveryId), null, null));
    }

    private void checkTarget(String url) {
        String refusal = TargetGuard.refusal(url, config.allowPrivateTargets(), config.extraPorts());
        if (refusal != null) {
            throw ApiException.invalid("url", refusal);
        }
    }

    private WebhookResponse find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from webhook where id = :id").setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Webhook");
        }
        return response(rows.get(0));
    }

    private static WebhookResponse response(Object[] r) {
        return new WebhookResponse((UUID) r[0], (String) r[1], (String) r[2], Arrays.asList(((String) r[3]).split(",")),
                (Boolean) r[4], SortKey.toInstant(r[5]), SortKey.toInstant(r[6]), ((Number) r[7]).longValue(), null);
    }
}

package dev.engblog.cms.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.Audited;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.http.ClientAddress;
import dev.engblog.cms.common.security.Actors;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The audit log: one row per write, in the write's transaction, with who (the caller), from where (client
 * address, request id), what (action and target) and a compact before/after of the changed fields.
 * Learns of writes from events, so features only announce what they did.
 */
@ApplicationScoped
public class AuditService {

    /** The listing's parameters (as documented): newest first. */
    public static final ListSpec LIST = ListSpec.builder("l.id")
            .filter("actor").filter("action").filter("targetType").filter("targetId").filter("since").filter("until")
            .sort("at", SortKey.timestamp("l.at"))
            .defaultSort("-at")
            .build();

    /** Content events that are writes (a post's published/scheduled events describe the same write). */
    private static final Set<String> CONTENT_WRITES = Set.of("added", "created", "updated", "deleted");
    private static final Set<String> CONTENT_KINDS = Set.of("post", "category", "tag", "author");
    /** Derived, bulky or bookkeeping fields that say nothing a reader of the log needs. */
    private static final Set<String> SKIPPED = Set.of("bodyHtml", "version", "createdAt", "updatedAt", "postCount", "wordCount",
            "readingTimeMinutes", "highlight", "id");
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|hash).*");
    private static final int MAX_VALUE = 200;
    private static final String ROW_KEY = AuditService.class.getName() + ".row";
    private static final TypeReference<Map<String, AuditChange>> CHANGES = new TypeReference<>() {
    };
    private static final TypeReference<List<AuditRelated>> RELATED = new TypeReference<>() {
    };

    private final AuditRepository rows;
    private final Lister lister;
    private final Actors actors;
    private final ClientAddress clients;
    private final CurrentVertxRequest http;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;

    public AuditService(AuditRepository rows, Lister lister, Actors actors, ClientAddress clients, CurrentVertxRequest http,
                        TransactionSynchronizationRegistry transactions, ObjectMapper json) {
        this.rows = rows;
        this.lister = lister;
        this.actors = actors;
        this.clients = clients;
        this.http = http;
        this.transactions = transactions;
        this.json = json;
    }

    /** Observers join the write's transaction, or (a refused login) make one of their own. */
    @Transactional
    void content(@Observes ContentChanged change) {
        int dot = change.event().indexOf('.');
        if (dot < 0 || !CONTENT_KINDS.contains(change.event().substring(0, dot))
                || !CONTENT_WRITES.contains(change.event().substring(dot + 1))) {
            return;
        }
        record(change.event(), change.event().substring(0, dot), String.valueOf(change.id()), change.previous(), change.current(), null);
    }

    @Transactional
    void audited(@Observes Audited a) {
        record(a.action(), a.targetType(), a.targetId(), a.before(), a.after(), a.actor());
    }

    private void record(String action, String targetType, String targetId, Object before, Object after, UUID actorOverride) {
        String changes = write(compact(before, after));
        Object folded = transactions.getResource(ROW_KEY);
        if (folded instanceof UUID id) {
            rows.fold(id, action, targetType, shorten(targetId, 254), changes, actorOverride);
            return;
        }
        Optional<Caller> caller = actors.current();
        UUID actor = actorOverride != null ? actorOverride : caller.map(Caller::userId).orElse(null);
        String role = actorOverride != null ? null : caller.map(c -> c.role().name()).orElse(null);
        UUID id = UUID.randomUUID();
        rows.insert(id, Instant.now().truncatedTo(ChronoUnit.MICROS), actor, role, action, targetType, shorten(targetId, 254), changes,
                clientAddress(), requestId());
        transactions.putResource(ROW_KEY, id);
    }

    public Page<AuditEntry> list(Caller caller, MultivaluedMap<String, String> query, UriInfo uri) {
        caller.require(Role.ADMIN);
        ListRequest request = LIST.parse(query);
        Where where = new Where();
        String actor = request.filter("actor");
        if (actor != null) {
            try {
                where.and("l.actor_id = :actor", "actor", UUID.fromString(actor));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("actor", "must be a user id (UUID)");
            }
        }
        if (request.filter("action") != null) {
            String action = request.textFilter("action", 60);
            where.and(action.endsWith(".*") ? "l.action like :action" : "l.action = :action", "action",
                    action.endsWith(".*") ? action.substring(0, action.length() - 1) + "%" : action);
        }
        if (request.filter("targetType") != null) {
            where.and("l.target_type = :targetType", "targetType", request.textFilter("targetType", 30));
        }
        if (request.filter("targetId") != null) {
            where.and("l.target_id = :targetId", "targetId", request.textFilter("targetId", 254));
        }
        Instant since = request.instantFilter("since");
        if (since != null) {
            where.and("l.at >= :since", "since", since);
        }
        Instant until = request.instantFilter("until");
        if (until != null) {
            where.and("l.at < :until", "until", until);
        }
        return lister.list(request, request.sort() == null ? LIST.defaultOrder() : request.sort(), AuditRepository.ROWS, where,
                this::entry, uri);
    }

    private AuditEntry entry(Tuple row) {
        try {
            return new AuditEntry(row.get("id", UUID.class), SortKey.toInstant(row.get("at")), row.get("actor_id", UUID.class),
                    row.get("actor_role", String.class), row.get("action", String.class), row.get("target_type", String.class),
                    row.get("target_id", String.class), json.readValue(row.get("changes_json", String.class), CHANGES),
                    json.readValue(row.get("related_json", String.class), RELATED), row.get("client_address", String.class),
                    row.get("request_id", String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit row", e);
        }
    }

    /** The fields whose values differ, each shortened; secrets and bookkeeping left out. */
    Map<String, AuditChange> compact(Object before, Object after) {
        JsonNode b = before == null ? null : json.valueToTree(before);
        JsonNode a = after == null ? null : json.valueToTree(after);
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : new JsonNode[] {b, a}) {
            if (node instanceof ObjectNode object) {
                object.fieldNames().forEachRemaining(names::add);
            }
        }
        Map<String, AuditChange> changes = new LinkedHashMap<>();
        for (String name : names) {
            if (SKIPPED.contains(name) || SECRET.matcher(name).matches()) {
                continue;
            }
            String was = render(b == null ? null : b.get(name));
            String is = render(a == null ? null : a.get(name));
            if (!java.util.Objects.equals(was, is)) {
                changes.put(name, new AuditChange(was, is));
            }
        }
        return changes;
    }

    /** Text as is; a related item by its slug; lists joined; anything else as JSON; at most 200 characters. */
    private static String render(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text;
        if (node.isTextual()) {
            text = node.asText();
        } else if (node.isObject() && node.hasNonNull("slug")) {
            text = node.get("slug").asText();
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                items.add(render(it.next()));
            }
            text = "[" + String.join(", ", items) + "]";
        } else if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            List<String> secrets = new ArrayList<>();
            copy.fieldNames().forEachRemaining(n -> {
                if (SECRET.matcher(n).matches()) {
                    secrets.add(n);
                }
            });
            copy.remove(secrets);
            text = copy.toString();
        } else {
            text = node.toString();
        }
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private String write(Map<String, AuditChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String clientAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = http.getCurrent();
        return context == null ? null : clients.of(context.request());
    }

    private static String requestId() {
        Object id = MDC.get("requestId");
        return id == null ? null : id.toString();
    }
}

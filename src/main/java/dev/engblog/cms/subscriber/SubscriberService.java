package dev.engblog.cms.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.category.CategoryService;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.http.IfMatch;
import dev.engblog.cms.common.ratelimit.RateLimiter;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.text.Emails;
import dev.engblog.cms.common.event.Audited;
import dev.engblog.cms.common.event.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Newsletter subscriptions: public double opt-in that never reveals who subscribed, and the admin
 * views. Confirmation mails go through the outbox, so every sign-up answer does the same work.
 */
@ApplicationScoped
public class SubscriberService {

    public static final ListSpec LIST = ListSpec.builder("s.id")
            .filter("status").filter("topic").filter("q")
            .sort("email", SortKey.text("s.email"))
            .sort("createdAt", SortKey.timestamp("s.created_at"))
            .defaultSort("-createdAt")
            .build();
    private static final Lister.Source SOURCE = new Lister.Source("subscriber", "s", "",
            "s.id, s.email, s.name, s.status, s.created_at, s.confirmed_at, s.unsubscribed_at, s.version, "
                    + "array_to_string(array(select c.slug from subscriber_topic st join category c on c.id = st.category_id "
                    + "where st.subscriber_id = s.id order by c.slug), ',') as topics");

    private final SubscriberRepository subscribers;
    private final CategoryService categories;
    private final SubscriberTokens tokens;
    private final OutboxRepository outbox;
    private final RateLimiter limiter;
    private final NewsletterConfig config;
    private final Lister lister;
    private final MergePatch mergePatch;
    private final Event<ContentChanged> changes;
    private final Event<Audited> audit;

    public SubscriberService(SubscriberRepository subscribers, CategoryService categories, SubscriberTokens tokens,
                             OutboxRepository outbox, RateLimiter limiter, NewsletterConfig config, Lister lister, MergePatch mergePatch,
                             Event<ContentChanged> changes, Event<Audited> audit) {
        this.audit = audit;
        this.subscribers = subscribers;
        this.categories = categories;
        this.tokens = tokens;
        this.outbox = outbox;
        this.limiter = limiter;
        this.config = config;
        this.lister = lister;
        this.mergePatch = mergePatch;
        this.changes = changes;
    }

    /**
     * New or pending: (re)send a confirmation; unsubscribed: back to pending with a confirmation;
     * active: nothing. The answer is the same in every case. The sign-up counts against the client's
     * budget first, in its own short transaction, so refused sign-ups count too.
     */
    public SubscriptionAnswer subscribe(SubscribeRequest request, String clientAddress) {
        limiter.hit("subscribe-address:" + clientAddress, config.subscribesPerAddressPerHour(), Duration.ofHours(1));
        return signUp(request);
    }

    @Transactional
    SubscriptionAnswer signUp(SubscribeRequest request) {
        String email = Emails.valid(request.email(), "email");
        Set<UUID> topics = topicIds(request.topics());
        Subscriber s = subscribers.findByEmail(email).orElse(null);
        Instant now = now();
        if (s == null) {
            s = new Subscriber();
            s.id = UUID.randomUUID();
            s.email = email;
            s.createdAt = now;
            s.status = SubscriberStatus.PENDING;
        }
        if (s.status == SubscriberStatus.ACTIVE) {
            return SubscriptionAnswer.ACCEPTED;
        }
        s.status = SubscriberStatus.PENDING;
        s.name = request.name() == null ? s.name : request.name().strip();
        s.topicIds.clear();
        s.topicIds.addAll(topics);
        s.updatedAt = now;
        subscribers.persist(s);
        subscribers.flush();
        if (hasConfirmationBudget(email)) {
            outbox.queueConfirmation(s.id);
        }
        return SubscriptionAnswer.ACCEPTED;
    }

    /** A victim's inbox cannot be flooded: past the daily budget, sign-ups are answered alike but mail nothing. */
    private boolean hasConfirmationBudget(String email) {
        return limiter.consume("confirm-mail:" + email.toLowerCase(), config.confirmationsPerAddressPerDay(), Duration.ofDays(1));
    }

    @Transactional
    public SubscriptionAnswer confirm(TokenRequest request) {
        SubscriberTokens.Stored token = tokens.find(request.token(), SubscriberTokens.Purpose.CONFIRM)
                .orElseThrow(() -> ApiException.notFound("Confirmation token"));
        Subscriber s = subscribers.findById(token.subscriberId());
        if (token.usedAt() != null) {
            if (s.status == SubscriberStatus.ACTIVE) {
                return SubscriptionAnswer.CONFIRMED;
            }
            throw ApiException.invalid("token", "this confirmation link was already used");
        }
        if (token.expiresAt() != null && token.expiresAt().isBefore(Instant.now())) {
            throw ApiException.invalid("token", "this confirmation link has expired; subscribe again for a new one");
        }
        if (!tokens.use(request.token())) {
            return confirm(request);
        }
        s.status = SubscriberStatus.ACTIVE;
        s.confirmedAt = now();
        s.unsubscribedAt = null;
        s.updatedAt = s.confirmedAt;
        subscribers.flush();
        changes.fire(new ContentChanged("subscriber.confirmed", s.id, SubscriberResponse.of(s, subscribers.topicSlugs(s.id)), null));
        return SubscriptionAnswer.CONFIRMED;
    }

    @Transactional
    public SubscriptionAnswer unsubscribe(TokenRequest request) {
        SubscriberTokens.Stored token = tokens.find(request.token(), SubscriberTokens.Purpose.UNSUBSCRIBE)
                .orElseThrow(() -> ApiException.notFound("Unsubscribe token"));
        Subscriber s = subscribers.findById(token.subscriberId());
        tokens.use(request.token());
        if (s.status != SubscriberStatus.UNSUBSCRIBED) {
            s.status = SubscriberStatus.UNSUBSCRIBED;
            s.unsubscribedAt = now();
            s.updatedAt = s.unsubscribedAt;
            subscribers.flush();
            changes.fire(new ContentChanged("subscriber.unsubscribed", s.id, SubscriberResponse.of(s, subscribers.topicSlugs(s.id)), null));
        }
        return SubscriptionAnswer.UNSUBSCRIBED;
    }

    // --- administration (ADMIN) -----------------------------------------------------------------

    public Page<SubscriberResponse> list(Caller caller, MultivaluedMap<String, String> query, UriInfo uri) {
        caller.require(Role.ADMIN);
        ListRequest request = LIST.parse(query);
        Where where = new Where();
        String status = request.filter("status");
        if (status != null) {
            where.and("s.status = :status", "status", status(status).name());
        }
        String topic = request.textFilter("topic", 120);
        if (topic != null) {
            where.and("exists (select 1 from subscriber_topic st join category c on c.id = st.category_id "
                    + "where st.subscriber_id = s.id and c.slug = :topic)", "topic", topic);
        }
        String q = request.textFilter("q", 200);
        if (q != null) {
            where.and("(s.email ilike :q escape '\\' or s.name ilike :q escape '\\')", "q",
                    "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return lister.list(request, request.sort() == null ? LIST.defaultOrder() : request.sort(), SOURCE, where,
                row -> new SubscriberResponse(row.get("id", UUID.class), row.get("email", String.class), row.get("name", String.class),
                        SubscriberStatus.valueOf(row.get("status", String.class)), topics(row.get("topics", String.class)),
                        SortKey.toInstant(row.get("created_at")), SortKey.toInstant(row.get("confirmed_at")),
                        SortKey.toInstant(row.get("unsubscribed_at")), ((Number) row.get("version")).longValue()), uri);
    }

    public SubscriberResponse get(Caller caller, String id) {
        caller.require(Role.ADMIN);
        Subscriber s = find(id);
        return SubscriberResponse.of(s, subscribers.topicSlugs(s.id));
    }

    /** PUT: the body replaces name and topics, through the same rules as a patch. */
    @Transactional
    public SubscriberResponse replace(Caller caller, String id, String ifMatch, SubscriberUpdate body) {
        return update(caller, id, ifMatch, mergePatch.replacement(body));
    }

    @Transactional
    public SubscriberResponse update(Caller caller, String id, String ifMatch, JsonNode patch) {
        caller.require(Role.ADMIN);
        Subscriber s = find(id);
        IfMatch.check(ifMatch, s.version);
        SubscriberResponse before = SubscriberResponse.of(s, subscribers.topicSlugs(s.id));
        SubscriberUpdate u = mergePatch.apply(new SubscriberUpdate(s.name, subscribers.topicSlugs(s.id)), patch, SubscriberUpdate.class);
        Set<UUID> topics = topicIds(u.topics());
        s.name = u.name();
        s.topicIds.clear();
        s.topicIds.addAll(topics);
        s.updatedAt = now();
        subscribers.flush();
        SubscriberResponse after = SubscriberResponse.of(s, subscribers.topicSlugs(s.id));
        audit.fire(new Audited("subscriber.updated", "subscriber", s.id, before, after));
        return after;
    }

    /** Erasure: the row, its topics, tokens and queued mails are deleted, not flagged. */
    @Transactional
    public void delete(Caller caller, String id, String ifMatch) {
        caller.require(Role.ADMIN);
        Subscriber s = find(id);
        IfMatch.check(ifMatch, s.version);
        subscribers.delete(s);
        subscribers.flush();
        // Erasure: the log keeps that it happened and who did it, never the address.
        audit.fire(new Audited("subscriber.erased", "subscriber", s.id, null, null));
    }

    public Map<String, Long> counts(Caller caller) {
        caller.require(Role.ADMIN);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SubscriberStatus status : SubscriberStatus.values()) {
            counts.put(status.name(), subscribers.count("status", status));
        }
        return counts;
    }

    private Subscriber find(String id) {
        Subscriber s = subscribers.findById(Keys.id(id));
        if (s == null) {
            throw ApiException.notFound("Subscriber");
        }
        return s;
    }

    private Set<UUID> topicIds(List<String> slugs) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (slugs == null) {
            return ids;
        }
        for (int i = 0; i < slugs.size(); i++) {
            int at = i;
            ids.add(categories.idOf(slugs.get(i)).orElseThrow(
                    () -> ApiException.invalid("topics[" + at + "]", "no category has the slug '" + slugs.get(at) + "'")));
        }
        return ids;
    }

    private static List<String> topics(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static SubscriberStatus status(String text) {
        try {
            return SubscriberStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("status", "must be one of PENDING, ACTIVE, UNSUBSCRIBED");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

package dev.engblog.cms.subscriber;

import dev.engblog.cms.feed.SiteConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The read side of the newsletter outbox. Each run turns new mailings into one queued mail per
 * matching ACTIVE subscriber (a unique index makes that at most once), then sends a batch in three
 * steps: claim in one short transaction (SENDING with a lease, attempts + 1, the mail's tokens
 * written), send with no transaction and no pooled connection held, record the outcome in another
 * short transaction. A worker that dies mid-send leaves its mails SENDING until the lease runs out,
 * then another run sends them again: at-least-once, with the same Message-ID for receivers to
 * deduplicate on. Failures are retried with doubling waits, then marked FAILED; an SMTP 5xx answer
 * (a refused address) fails at once.
 */
@ApplicationScoped
public class NewsletterWorker {

    private static final Logger LOG = Logger.getLogger(NewsletterWorker.class);

    private final OutboxRepository queue;
    private final Mailer mailer;
    private final SubscriberTokens tokens;
    private final NewsletterConfig config;
    private final SiteConfig site;
    private final Duration sendTimeout;
    private final Counter sent;

    public NewsletterWorker(OutboxRepository queue, Mailer mailer, SubscriberTokens tokens, NewsletterConfig config, SiteConfig site,
                            @ConfigProperty(name = "quarkus.mailer.timeout", defaultValue = "60s") Duration sendTimeout,
                            MeterRegistry metrics) {
        this.queue = queue;
        this.mailer = mailer;
        this.tokens = tokens;
        this.config = config;
        this.site = site;
        this.sendTimeout = sendTimeout;
        this.sent = Counter.builder("cms.mails.sent").description("Newsletter mails handed to the mail server").register(metrics);
    }

    @Scheduled(every = "${cms.newsletter.poll-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        runOnce();
    }

    /** One full pass; returns the number of mails sent. */
    public int runOnce() {
        expandMailings();
        return sendBatch(() -> { });
    }

    @Transactional
    void expandMailings() {
        queue.expandMailings();
    }

    /** Claims and sends one batch; {@code afterClaim} lets a test stand in for a crash between claim and send. */
    int sendBatch(Runnable afterClaim) {
        List<Outgoing> batch = claim();
        afterClaim.run();
        int count = 0;
        for (int i = 0; i < batch.size(); i++) {
            Outgoing mail = batch.get(i);
            if (Instant.now().plus(sendTimeout).isAfter(mail.leaseUntil())) {
                // Not enough lease left to be sure no other worker takes it meanwhile: hand the rest back.
                release(batch.subList(i, batch.size()).stream().map(Outgoing::id).toList());
                break;
            }
            try {
                mailer.send(mail.mail());
            } catch (RuntimeException e) {
                boolean permanent = isPermanent(e);
                LOG.warnf("Mail %s failed (attempt %d%s): %s", mail.id(), mail.attempt(), permanent ? ", permanent" : "", e.getMessage());
                failed(mail, permanent, e.getMessage());
                continue;
            }
            finish(mail.id(), "SENT");
            sent.increment();
            count++;
        }
        return count;
    }

    /** An SMTP 5xx answer (e.g. a refused address): trying again would not help. */
    private static boolean isPermanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp && smtp.isPermanent()) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    void finish(UUID id, String status) {
        queue.finish(id, status, null);
    }

    @Transactional
    void failed(Outgoing mail, boolean permanent, String error) {
        queue.retryOrFail(mail.id(), mail.attempt(), config.maxAttempts(), permanent, config.retryBase(), error);
    }

    @Transactional
    void release(List<UUID> ids) {
        queue.release(ids);
    }

    /** A claimed mail, ready to go: its tokens are committed before it leaves. */
    record Outgoing(UUID id, int attempt, Instant leaseUntil, Mail mail) {
    }

    @Transactional
    List<Outgoing> claim() {
        List<Outgoing> out = new ArrayList<>();
        for (OutboxRepository.Claimed c : queue.claim(config.batchSize(), config.lease(), config.maxAttempts())) {
            if (!c.stillWanted()) {
                queue.finish(c.id(), "SKIPPED", "the subscriber's status changed");
            } else if (c.kind().equals("NEW_POST") && !c.postPublic()) {
                queue.cancelPost(c.postId());
            } else {
                Mail mail = c.kind().equals("CONFIRM") ? confirmation(c) : newPost(c);
                // The same Message-ID on every attempt: a receiver sees a crash's resend as the same mail.
                mail.addHeader("Message-ID", "<" + c.id() + "@" + messageIdHost() + ">");
                out.add(new Outgoing(c.id(), c.attempts(), c.leaseUntil(), mail));
            }
        }
        return out;
    }

    private Mail confirmation(OutboxRepository.Claimed c) {
        String confirm = tokens.issue(c.subscriberId(), SubscriberTokens.Purpose.CONFIRM, Instant.now().plus(config.confirmTtl()));
        String text = "Hello" + (c.name() == null ? "" : " " + c.name()) + ",\n\n"
                + "please confirm that you want " + site.title() + " in your inbox:\n" + link(config.confirmPath(), confirm) + "\n\n"
                + "The link works for " + config.confirmTtl().toHours() + " hours. If you did not sign up, ignore this mail.\n";
        return withUnsubscribe(Mail.withText(c.email(), "Confirm your subscription to " + site.title(), text), c.subscriberId());
    }

    private Mail newPost(OutboxRepository.Claimed c) {
        String text = c.postTitle() + "\n\n" + c.postExcerpt() + "\n\nRead it: " + site.link(site.postPath(), c.postSlug()) + "\n";
        return withUnsubscribe(Mail.withText(c.email(), "New on " + site.title() + ": " + c.postTitle(), text), c.subscriberId());
    }

    /** Every mail carries its own unsubscribe token: a link in the text and RFC 8058 one-click headers. */
    private Mail withUnsubscribe(Mail mail, UUID subscriber) {
        String token = tokens.issue(subscriber, SubscriberTokens.Purpose.UNSUBSCRIBE, null);
        String oneClick = config.apiUrl().replaceAll("/+$", "") + "/api/v1/subscribers/unsubscribe/one-click?token=" + token;
        return mail.setText(mail.getText() + "\n--\nUnsubscribe any time: " + link(config.unsubscribePath(), token) + "\n")
                .addHeader("List-Unsubscribe", "<" + oneClick + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private String link(String pathPattern, String token) {
        return site.url().replaceAll("/+$", "") + pathPattern.replace("{token}", token);
    }

    private String messageIdHost() {
        String host = java.net.URI.create(config.apiUrl()).getHost();
        return host == null ? "engblog-cms" : host;
    }
}

package dev.engblog.cms.subscriber;

import dev.engblog.cms.feed.SiteConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The read side of the outbox. Each run: due scheduled posts get their mailing record; new mailings
 * become one queued mail per matching ACTIVE subscriber (a unique index makes that at most once);
 * queued mails are claimed with FOR UPDATE SKIP LOCKED, so two instances never send the same one,
 * and sent inside the claiming transaction, so a worker that dies before sending leaves them queued.
 * Failures are retried with doubling waits, then marked FAILED.
 */
@ApplicationScoped
public class NewsletterWorker {

    private static final Logger LOG = Logger.getLogger(NewsletterWorker.class);

    private final EntityManager em;
    private final Mailer mailer;
    private final SubscriberTokens tokens;
    private final NewsletterConfig config;
    private final SiteConfig site;
    private final Counter sent;

    public NewsletterWorker(EntityManager em, Mailer mailer, SubscriberTokens tokens, NewsletterConfig config, SiteConfig site,
                            MeterRegistry metrics) {
        this.em = em;
        this.mailer = mailer;
        this.tokens = tokens;
        this.config = config;
        this.site = site;
        this.sent = Counter.builder("cms.mails.sent").description("Newsletter mails handed to the mail server").register(metrics);
    }

    @Scheduled(every = "${cms.newsletter.poll-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        runOnce();
    }

    /** One full pass; returns the number of mails sent. */
    public int runOnce() {
        enqueueDueScheduledPosts();
        expandMailings();
        return sendBatch(() -> { });
    }

    @Transactional
    void enqueueDueScheduledPosts() {
        em.createNativeQuery("""
                insert into post_mailing (post_id, created_at)
                select p.id, now() from post p where p.status = 'SCHEDULED' and p.published_at <= now()
                on conflict do nothing""").executeUpdate();
    }

    @Transactional
    void expandMailings() {
        @SuppressWarnings("unchecked")
        List<UUID> posts = em.createNativeQuery("""
                select post_id from post_mailing where expanded_at is null order by created_at limit 20 for update skip locked""")
                .getResultList();
        for (UUID post : posts) {
            em.createNativeQuery("""
                            insert into outbox_mail (id, kind, subscriber_id, post_id, status, next_attempt_at, created_at)
                            select gen_random_uuid(), 'NEW_POST', s.id, p.id, 'QUEUED', now(), now()
                              from subscriber s join post p on p.id = :post
                             where s.status = 'ACTIVE'
                               and (not exists (select 1 from subscriber_topic t where t.subscriber_id = s.id)
                                    or exists (select 1 from subscriber_topic t where t.subscriber_id = s.id and t.category_id = p.category_id))
                            on conflict (post_id, subscriber_id) where kind = 'NEW_POST' do nothing""")
                    .setParameter("post", post).executeUpdate();
            em.createNativeQuery("update post_mailing set expanded_at = now() where post_id = :post").setParameter("post", post)
                    .executeUpdate();
        }
    }

    /** Claims and sends one batch; {@code afterClaim} lets a test stand in for a crash between claim and send. */
    @Transactional
    int sendBatch(Runnable afterClaim) {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        select m.id, m.kind, m.post_id, m.attempts, s.id, s.email, s.name, s.status
                          from outbox_mail m join subscriber s on s.id = m.subscriber_id
                         where m.status = 'QUEUED' and m.next_attempt_at <= now()
                         order by m.next_attempt_at, m.id
                         limit :n
                           for update of m skip locked""")
                .setParameter("n", config.batchSize()).getResultList();
        afterClaim.run();
        int count = 0;
        for (Object[] row : claimed) {
            UUID id = (UUID) row[0];
            String kind = (String) row[1];
            UUID subscriber = (UUID) row[4];
            SubscriberStatus status = SubscriberStatus.valueOf((String) row[7]);
            boolean stillWanted = kind.equals("CONFIRM") ? status == SubscriberStatus.PENDING : status == SubscriberStatus.ACTIVE;
            if (!stillWanted) {
                mark(id, "SKIPPED", null);
                continue;
            }
            try {
                mailer.send(kind.equals("CONFIRM") ? confirmation(subscriber, (String) row[5], (String) row[6])
                        : newPost(subscriber, (String) row[5], (UUID) row[2]));
                mark(id, "SENT", null);
                sent.increment();
                count++;
            } catch (RuntimeException e) {
                int attempts = ((Number) row[3]).intValue() + 1;
                LOG.warnf("Mail %s failed (attempt %d): %s", id, attempts, e.getMessage());
                retryOrFail(id, attempts, e.getMessage());
            }
        }
        return count;
    }

    private Mail confirmation(UUID subscriber, String email, String name) {
        String confirm = tokens.issue(subscriber, SubscriberTokens.Purpose.CONFIRM, Instant.now().plus(config.confirmTtl()));
        String text = "Hello" + (name == null ? "" : " " + name) + ",\n\n"
                + "please confirm that you want " + site.title() + " in your inbox:\n" + link(config.confirmPath(), confirm) + "\n\n"
                + "The link works for " + config.confirmTtl().toHours() + " hours. If you did not sign up, ignore this mail.\n";
        return withUnsubscribe(Mail.withText(email, "Confirm your subscription to " + site.title(), text), subscriber);
    }

    private Mail newPost(UUID subscriber, String email, UUID postId) {
        Object[] post = (Object[]) em.createNativeQuery("select title, excerpt, slug from post where id = :id")
                .setParameter("id", postId).getSingleResult();
        String text = post[0] + "\n\n" + post[1] + "\n\nRead it: " + site.link(site.postPath(), (String) post[2]) + "\n";
        return withUnsubscribe(Mail.withText(email, "New on " + site.title() + ": " + post[0], text), subscriber);
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

    private void mark(UUID id, String status, String error) {
        em.createNativeQuery("update outbox_mail set status = :status, sent_at = case when :status = 'SENT' then now() end, "
                        + "last_error = :error where id = :id")
                .setParameter("status", status).setParameter("error", error).setParameter("id", id).executeUpdate();
    }

    private void retryOrFail(UUID id, int attempts, String error) {
        String message = error == null ? "unknown error" : error.substring(0, Math.min(500, error.length()));
        em.createNativeQuery("""
                        update outbox_mail set attempts = :attempts, last_error = :error,
                               status = case when :attempts >= :max then 'FAILED' else 'QUEUED' end,
                               next_attempt_at = now() + make_interval(mins => :wait)
                         where id = :id""")
                .setParameter("attempts", attempts).setParameter("error", message).setParameter("max", config.maxAttempts())
                .setParameter("wait", 1 << Math.min(attempts - 1, 10)).setParameter("id", id).executeUpdate();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

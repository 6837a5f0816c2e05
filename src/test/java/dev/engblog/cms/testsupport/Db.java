package dev.engblog.cms.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Direct database access for tests: a clean slate before each test, and SQL statement counting. */
@ApplicationScoped
public class Db {

    private final EntityManager em;
    private final SessionFactory sessions;

    public Db(EntityManager em, SessionFactory sessions) {
        this.em = em;
        this.sessions = sessions;
    }

    @Transactional
    public void truncateAll() {
        em.createNativeQuery("truncate api_key, site_settings, media, slug_redirect, webhook_attempt, webhook_delivery, webhook, outbox_mail, post_mailing, subscriber_token, subscriber_topic, subscriber, post_tag, post_author, post, tag, category, refresh_token, rate_limit, users, author cascade").executeUpdate();
    }

    /** Runs the action and returns how many JDBC statements the application prepared meanwhile. */
    public long statementsDuring(Runnable action) {
        Statistics stats = sessions.getStatistics();
        stats.clear();
        action.run();
        return stats.getPrepareStatementCount();
    }

    /** Runs the action and returns the text of each distinct query the application ran meanwhile. */
    public List<String> queriesDuring(Runnable action) {
        Statistics stats = sessions.getStatistics();
        stats.clear();
        action.run();
        return List.of(stats.getQueries());
    }

    @Transactional
    public void execute(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }

    @Transactional
    public Object scalar(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }

    /** The one row a query returns, its columns in order. */
    @Transactional
    public Object[] scalarRow(String sql) {
        return (Object[]) em.createNativeQuery(sql).getSingleResult();
    }
}

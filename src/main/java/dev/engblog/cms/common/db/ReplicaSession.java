package dev.engblog.cms.common.db;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * One request's Hibernate session on a standby connection: the primary's session factory (same
 * mappings and dialect) over a connection of the replica pool, read-only, outside any transaction,
 * closed with the request. The native SQL of the read paths runs on it unchanged.
 */
@RequestScoped
public class ReplicaSession {

    private final SessionFactory sessions;
    private boolean standbyAllowed;
    private boolean decided;
    private Connection connection;
    private Session session;

    public ReplicaSession(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** This request is an anonymous read: its reads may go to the standby. */
    void mayUseStandby() {
        standbyAllowed = true;
    }

    boolean standbyAllowed() {
        return standbyAllowed;
    }

    boolean decided() {
        return decided;
    }

    /**
     * Decides once per request: true with a session open on a standby connection, false (reads on the
     * primary) when the standby is not current or no connection can be had.
     */
    boolean decide(Replica replica) {
        decided = true;
        if (!replica.usable()) {
            return false;
        }
        try {
            connection = replica.dataSource().getConnection();
            session = sessions.withOptions().connection(connection).autoJoinTransactions(false).openSession();
            session.setDefaultReadOnly(true);
            return true;
        } catch (SQLException | RuntimeException e) {
            replica.failed(e);
            close();
            return false;
        }
    }

    /** The standby session, or null when this request reads the primary. */
    EntityManager em() {
        return session;
    }

    @PreDestroy
    void close() {
        if (session != null) {
            session.close();
            session = null;
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool has already dropped it
            }
            connection = null;
        }
    }
}

package dev.engblog.cms.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which failures mean "the database is away, come back shortly" (503 with Retry-After) and which are
 * bugs (500): the SQL states and messages PostgreSQL, pgjdbc, Agroal and PgBouncer use while a database
 * restarts. DatabaseRestartIT shows the whole answer against a real outage.
 */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAShutdownAndPoolTimeoutsAreUnavailable() {
        assertTrue(ProblemMapper.databaseUnavailable(wrapped(new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"))));
        assertTrue(ProblemMapper.databaseUnavailable(wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(ProblemMapper.databaseUnavailable(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(ProblemMapper.databaseUnavailable(wrapped(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(ProblemMapper.databaseUnavailable(wrapped(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(ProblemMapper.databaseUnavailable(wrapped(new SQLException("ERROR: query_wait_timeout", "08P01"))));
        assertTrue(ProblemMapper.databaseUnavailable(new RuntimeException(new java.net.ConnectException("Connection refused"))));
    }

    @Test
    void constraintAndSyntaxErrorsStayBugs() {
        assertFalse(ProblemMapper.databaseUnavailable(wrapped(new SQLException("duplicate key value", "23505"))));
        assertFalse(ProblemMapper.databaseUnavailable(wrapped(new SQLException("syntax error at or near", "42601"))));
        assertFalse(ProblemMapper.databaseUnavailable(new IllegalStateException("no database involved")));
    }

    @Test
    void theAnswerIs503ProblemJsonWithRetryAfter() {
        var answer = ProblemMapper.unavailable(wrapped(new SQLException("refused", "08001")), null);
        assertEquals(503, answer.getStatus());
        assertEquals(Problem.MEDIA_TYPE, answer.getHeaderString("Content-Type"));
        assertEquals(String.valueOf(ProblemMapper.RETRY_AFTER_SECONDS), answer.getHeaderString("Retry-After"));
        assertEquals("https://engblog.dev/problems/service-unavailable", answer.getEntity().type());
    }

    private static PersistenceException wrapped(SQLException e) {
        return new PersistenceException("could not execute statement", e);
    }
}

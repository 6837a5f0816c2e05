package dev.engblog.cms.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem+json answers; nothing internal leaks. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public RestResponse<Problem> api(ApiException e, UriInfo uri) {
        RestResponse.ResponseBuilder<Problem> b = builder(e.status(), e.title(), e.getMessage(), uri, e.errors());
        e.headers().forEach(b::header);
        return b.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return answer(400, "Validation failed", "Invalid fields: " + fields + ".", uri, errors);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return answer(400, "Bad Request", "Unknown property '" + field + "'.", uri,
                List.of(new FieldError(field, "unknown property")));
    }

    /** Quarkus ships its own (non-problem) answers for these; ours win by being as specific and first. */
    @ServerExceptionMapper(value = {MismatchedInputException.class, InvalidFormatException.class, JsonParseException.class}, priority = 1)
    public RestResponse<Problem> badInput(JsonProcessingException e, UriInfo uri) {
        return e instanceof UnrecognizedPropertyException u ? unknownProperty(u, uri) : badJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> badJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return answer(400, "Bad Request", "The JSON document is nested too deeply or is too large.", uri, null);
        }
        if (e instanceof ControlCharacterException c) {
            String field = jsonPath(c);
            return answer(400, "Bad Request", "Property '" + field + "' contains a control character.", uri,
                    List.of(new FieldError(field, ControlCharacterException.MESSAGE)));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m);
            return answer(400, "Bad Request", "Property '" + field + "' has the wrong type or format.", uri,
                    List.of(new FieldError(field, "wrong type or format")));
        }
        if (e instanceof JsonParseException && String.valueOf(e.getOriginalMessage()).contains("UTF-8")) {
            return answer(400, "Bad Request", "The body is not valid UTF-8.", uri, null);
        }
        return answer(400, "Bad Request", "The body is not well-formed JSON.", uri, null);
    }

    /** Unique clashes the service could not see coming (a race) and lost optimistic-lock races. */
    @ServerExceptionMapper
    public RestResponse<Problem> persistence(PersistenceException e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return answer(412, "Precondition Failed", "Someone else changed this item meanwhile; fetch it again and retry.", uri, null);
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv && cv.getConstraintName() != null) {
                String name = cv.getConstraintName();
                String field = name.endsWith("_slug_uk") ? "slug" : name.endsWith("_email_uk") ? "email" : null;
                if (field != null) {
                    return answer(409, "Conflict", "The " + field + " is taken.", uri, List.of(new FieldError(field, "taken")));
                }
            }
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public RestResponse<Problem> unauthorized(RuntimeException e, UriInfo uri) {
        return builder(401, "Unauthorized", "A valid bearer token is required.", uri, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return answer(403, "Forbidden", "Your role does not allow this.", uri, null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        Response r = e.getResponse();
        int status = r.getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers only in JSON.";
            case 413 -> "The request body is too large.";
            case 415 -> "PATCH".equals(request.getMethod())
                    ? "Send the body as application/merge-patch+json (a JSON merge patch, RFC 7396)."
                    : "Send the body as application/json.";
            default -> Response.Status.fromStatusCode(status) == null ? "Request refused." : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        };
        RestResponse.ResponseBuilder<Problem> b = builder(status, reason(status), detail, uri, null);
        String allow = r.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            b.header(HttpHeaders.ALLOW, allow);
        }
        String challenge = r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        if (challenge != null) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return b.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public RestResponse<Problem> internal(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        LOG.error("Unhandled error on " + (uri == null ? "?" : uri.getPath()), e);
        return answer(500, "Internal Server Error", "Something went wrong on our side; it has been logged.", uri, null);
    }

    /** Seconds a client is asked to wait when the database is away (a restart or a fail-over takes about this). */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * The database is restarting, failing over or unreachable: 503 with Retry-After, logged as one line
     * (no stack trace per request while it lasts). The pool's bounded acquisition timeout makes this
     * answer come within seconds; readiness says the same to the load balancer meanwhile.
     */
    static RestResponse<Problem> unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), rootMessage(e));
        return builder(503, "Service Unavailable", "The database cannot be reached right now; try again shortly.", uri, null)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .build();
    }

    /**
     * Whether a failure means "no database right now" rather than a bug: a connection-class SQL state
     * (08xxx), the server shutting down, starting or refusing connections (57P01-57P03, 53300), a
     * pooler's wait that timed out, or the pool giving up acquiring a connection.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03") || state.equals("53300"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
                // Agroal's "Sorry, acquisition timeout!"; PgBouncer's "query_wait_timeout" and "server login has been failing"
                if (message.contains("acquisition timeout") || message.contains("query_wait_timeout")
                        || message.contains("server login has been failing") || message.contains("server conn crashed")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static RestResponse<Problem> answer(int status, String title, String detail, UriInfo uri, List<FieldError> errors) {
        return builder(status, title, detail, uri, errors).build();
    }

    private static RestResponse.ResponseBuilder<Problem> builder(int status, String title, String detail, UriInfo uri, List<FieldError> errors) {
        String instance = uri == null ? null : uri.getPath();
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(Problem.of(status, title, detail, instance, errors))
                .type(Problem.MEDIA_TYPE);
    }

    private static String reason(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s == null ? "Error" : s.getReasonPhrase();
    }

    /** The field as the client sent it: {@code title}, never {@code create.arg0.title}. */
    private static String fieldName(ConstraintViolation<?> v) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && !name.isEmpty()) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    /** The JSON path of a mapping error as the client wrote it: {@code seo.canonicalUrl}, {@code tags[2]}. */
    public static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}

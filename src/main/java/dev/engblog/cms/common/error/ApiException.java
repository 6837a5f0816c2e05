package dev.engblog.cms.common.error;

import java.util.List;
import java.util.Map;

/** A failure the client caused or must know about; the ProblemMapper turns it into problem+json. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, Map.of());
    }

    private ApiException(int status, String title, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Headers the answer must carry, such as Retry-After. */
    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail, null, Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(429, "Too Many Requests", "Too many attempts; retry in " + retryAfterSeconds + " seconds.",
                null, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** The service is busy with this kind of work; the client may retry after the given time. */
    public static ApiException unavailable(String detail, long retryAfterSeconds) {
        return new ApiException(503, "Service Unavailable", detail, null, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public static ApiException badParameter(String field, String message) {
        return new ApiException(400, "Bad Request", "Invalid value for '" + field + "': " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "Validation failed", "The request has an invalid field.",
                List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, null);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "Not Found", what + " not found.", null);
    }

    public static ApiException conflict(String field, String message) {
        return new ApiException(409, "Conflict", message, List.of(new FieldError(field, message)));
    }

    public static ApiException preconditionFailed() {
        return new ApiException(412, "Precondition Failed",
                "If-Match does not match the current version; fetch it again and retry.", null);
    }
}

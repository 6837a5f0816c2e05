package dev.engblog.cms.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /**
     * Also named in the {@code @Produces} of operations that answer no body (deletes, logout): a client that
     * accepts only problem+json there, as generated SDKs do, must get the answer, not a 406.
     */
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://engblog.dev/problems/";

    public static Problem of(int status, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(typeFor(status), title, status, detail, instance, errors == null || errors.isEmpty() ? null : errors);
    }

    private static String typeFor(int status) {
        return TYPE_BASE + switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
    }
}

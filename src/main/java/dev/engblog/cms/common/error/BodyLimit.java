package dev.engblog.cms.common.error;

/**
 * Requests to a path that may carry a larger body than the JSON documents every other path takes
 * (uploads). A feature declares one as a bean; {@link BodyTooLarge} holds each path to its own limit.
 */
public interface BodyLimit {

    /** The path the limit applies to (that path only, not the paths under it). */
    String path();

    /** The largest body, in bytes, a request under the path may announce. */
    long maxBytes();
}

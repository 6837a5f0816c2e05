package dev.engblog.cms.common.http;

import java.net.URI;

/**
 * What was asked for lives elsewhere now: a 301 with {@code Location} and a JSON body describing the move.
 * Thrown by a read that found nothing under the name it was given, so the ordinary answer's type stays
 * the resource's own and the found path pays nothing.
 */
public class Moved extends RuntimeException {

    private final URI location;
    private final Object body;

    public Moved(URI location, Object body) {
        super("moved to " + location, null, false, false);
        this.location = location;
        this.body = body;
    }

    URI location() {
        return location;
    }

    Object body() {
        return body;
    }
}

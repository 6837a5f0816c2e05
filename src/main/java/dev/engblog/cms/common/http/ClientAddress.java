package dev.engblog.cms.common.http;

import io.vertx.core.http.HttpServerRequest;

/** The caller's network address, the key of per-client rate limits. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The peer address; behind a proxy, Quarkus' proxy-address-forwarding setting decides what it is. */
    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}

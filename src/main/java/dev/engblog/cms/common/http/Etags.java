package dev.engblog.cms.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Every successful JSON, feed or sitemap answer gets a weak ETag over its exact body ({@code v<version>-} first for
 * versioned items, so If-Match can name the version) and honours If-None-Match with 304. Public
 * reads may be cached by a CDN for a short time; anything asked with a token is private.
 */
public class Etags {

    static final String PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=300";
    static final String PRIVATE_CACHE = "private, no-cache";

    private final ObjectMapper json;

    public Etags(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if ((response.getStatus() != 200 && response.getStatus() != 201) || !response.hasEntity()
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return; // nothing to tag, or tagged already (an answer from PublicReadCache)
        }
        Object entity = response.getEntity();
        if (entity instanceof StreamingOutput) {
            return; // tagged by streamed(), from the data it is written from
        }
        MediaType type = response.getMediaType();
        byte[] body;
        if (entity instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            body = json.writeValueAsBytes(entity);
        } else {
            return;
        }
        String etag = "W/\"" + (entity instanceof Versioned v ? "v" + v.version() + "-" : "") + hash(body) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setEntity(body, null, type);
            return;
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) { // a resource that set its own (previews) keeps it
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                    request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? PUBLIC_CACHE : PRIVATE_CACHE);
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            return;
        }
        response.setEntity(body, null, type);
    }

    /**
     * An answer written straight to the client, so there is no body to hash: the ETag is a fingerprint
     * of the data it is written from, with the same caching headers and 304 as every other read.
     */
    public static Response streamed(HttpHeaders headers, String fingerprint, String mediaType, StreamingOutput body) {
        String etag = "W/\"" + fingerprint + "\"";
        Response.ResponseBuilder answer = matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified()
                : Response.ok(body, mediaType);
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? PUBLIC_CACHE : PRIVATE_CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }

    /** If-None-Match uses weak comparison: {@code W/} prefixes are ignored; {@code *} matches anything. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A change detector, not a signature: two hardware-accelerated CRCs and the length. SHA-256 here
     * was 15 % of the CPU of serving one post (JFR), for no security it could add to a weak ETag.
     */
    private static String hash(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body);
        CRC32 ieee = new CRC32();
        ieee.update(body);
        return HexFormat.of().toHexDigits((int) castagnoli.getValue()) + HexFormat.of().toHexDigits((int) ieee.getValue())
                + Integer.toHexString(body.length);
    }
}

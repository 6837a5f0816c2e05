package dev.engblog.cms.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers {@link Moved}: 301, Location, the move as JSON; public, so a CDN may cache it like any public read. */
public class MovedMapper {

    @ServerExceptionMapper
    public RestResponse<Object> moved(Moved e) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.MOVED_PERMANENTLY, e.body())
                .location(e.location())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60, stale-while-revalidate=300")
                .build();
    }
}

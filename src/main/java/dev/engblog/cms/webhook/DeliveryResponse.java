package dev.engblog.cms.webhook;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One delivery of one event to one webhook, with every attempt made. */
public record DeliveryResponse(UUID id, String event, String status, int attempts, Instant createdAt, @Nullable Instant deliveredAt,
                               List<Attempt> log) {

    /** One HTTP call: when, what the receiver answered (null when it did not), how long it took. */
    public record Attempt(Instant attemptedAt, @Nullable Integer responseCode, int durationMs, @Nullable String error) {
    }
}

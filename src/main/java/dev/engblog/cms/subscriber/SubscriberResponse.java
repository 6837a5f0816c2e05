package dev.engblog.cms.subscriber;

import dev.engblog.cms.common.http.Versioned;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscriber as admins see it; never a token or a hash. */
public record SubscriberResponse(UUID id, String email, @Nullable String name, SubscriberStatus status, List<String> topics,
                                 Instant createdAt, @Nullable Instant confirmedAt, @Nullable Instant unsubscribedAt, long version) implements Versioned {

    static SubscriberResponse of(Subscriber s, List<String> topics) {
        return new SubscriberResponse(s.id, s.email, s.name, s.status, topics, s.createdAt, s.confirmedAt, s.unsubscribedAt, s.version);
    }
}

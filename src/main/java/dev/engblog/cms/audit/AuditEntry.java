package dev.engblog.cms.audit;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One audit row.
 *
 * @param actorId       the signed-in account that acted (null for anonymous requests and background work)
 * @param changes       the fields that changed, compact (never passwords, tokens or secrets)
 * @param related       side effects of the same write
 * @param clientAddress the client's address as rate limits see it (behind trusted proxies only)
 * @param requestId     the request's {@code X-Request-Id}, as in the logs
 */
public record AuditEntry(UUID id, Instant at, @Nullable UUID actorId, @Nullable String actorRole, String action,
                         String targetType, @Nullable String targetId, Map<String, AuditChange> changes,
                         List<AuditRelated> related, @Nullable String clientAddress, @Nullable String requestId) {
}

package dev.engblog.cms.common.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Every login of an account must end (its password changed, its role changed, it was disabled): fired by
 * {@code user/} inside its transaction and observed by {@code auth/} in that same transaction, which
 * revokes the account's refresh tokens, so the revocation commits or rolls back with the change.
 *
 * @param userId the account
 * @param at     when the logins ended
 */
public record LoginsRevoked(UUID userId, Instant at) {
}

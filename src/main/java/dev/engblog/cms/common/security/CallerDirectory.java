package dev.engblog.cms.common.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Who a token's subject is now: implemented by the feature that owns accounts ({@code user/}), so
 * {@link Callers} can resolve a caller without knowing that feature.
 */
public interface CallerDirectory {

    /** The account's caller, or empty when the account is unknown or disabled. */
    Optional<Caller> find(UUID userId);
}

package dev.engblog.cms.audit;

import jakarta.annotation.Nullable;

/** A side effect of the same write (e.g. the author profile a new account got). */
public record AuditRelated(String action, String targetType, @Nullable String targetId) {
}

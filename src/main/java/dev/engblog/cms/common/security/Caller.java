package dev.engblog.cms.common.security;

import java.util.UUID;

/** The signed-in staff member behind a request, as the database knows them now (not as the token said). */
public record Caller(UUID userId, Role role, UUID authorId) {

    public boolean atLeast(Role other) {
        return role.atLeast(other);
    }

    /** Whether this caller writes as the given author profile. */
    public boolean writesAs(UUID author) {
        return authorId != null && authorId.equals(author);
    }
}

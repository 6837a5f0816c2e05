package dev.engblog.cms.common.security;

import dev.engblog.cms.common.error.ApiException;
import java.util.UUID;

/** The signed-in staff member behind a request, as the database knows them now (not as the token said). */
public record Caller(UUID userId, Role role, UUID authorId) {

    public boolean atLeast(Role other) {
        return role.atLeast(other);
    }

    /** 403 unless this caller has at least the given role. */
    public Caller require(Role minimum) {
        if (!atLeast(minimum)) {
            throw ApiException.forbidden("This needs the " + minimum + " role or higher.");
        }
        return this;
    }

    /** Whether this caller writes as the given author profile. */
    public boolean writesAs(UUID author) {
        return authorId != null && authorId.equals(author);
    }
}

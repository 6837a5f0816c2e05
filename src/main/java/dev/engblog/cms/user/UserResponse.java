package dev.engblog.cms.user;

import dev.engblog.cms.common.http.Versioned;
import dev.engblog.cms.common.security.Role;
import jakarta.annotation.Nullable;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.UUID;

/** A staff account as admins and its owner see it: never any password data. */
public record UserResponse(UUID id, String email, String displayName, Role role, @Nullable UUID authorId, boolean disabled,
                           Instant createdAt, Instant updatedAt, long version) implements Versioned {

    static UserResponse of(User u) {
        return new UserResponse(u.id, u.email, u.displayName, u.role, u.authorId, u.disabled, u.createdAt, u.updatedAt, u.version);
    }

    static UserResponse of(Tuple row) {
        return new UserResponse(row.get("id", UUID.class), row.get("email", String.class), row.get("display_name", String.class),
                Role.valueOf(row.get("role", String.class)), row.get("author_id", UUID.class), row.get("disabled", Boolean.class),
                dev.engblog.cms.common.api.SortKey.toInstant(row.get("created_at")),
                dev.engblog.cms.common.api.SortKey.toInstant(row.get("updated_at")), ((Number) row.get("version")).longValue());
    }
}

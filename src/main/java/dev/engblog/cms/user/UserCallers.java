package dev.engblog.cms.user;

import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.CallerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Resolves a token's subject to its account's caller for {@code common/security/Callers}. */
@ApplicationScoped
public class UserCallers implements CallerDirectory {

    private final UserRepository users;

    public UserCallers(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Caller> find(UUID userId) {
        User user = users.findById(userId);
        if (user == null || user.disabled) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.id, user.role, user.authorId));
    }
}

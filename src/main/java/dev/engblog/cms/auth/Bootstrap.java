package dev.engblog.cms.auth;

import dev.engblog.cms.user.UserService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The first ADMIN: at start, when no user exists and CMS_BOOTSTRAP_ADMIN_EMAIL/PASSWORD are set.
 * It never touches an existing user, and an advisory lock keeps two instances starting at once
 * from both creating one.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);
    /** Any constant: the key of the transaction-scoped advisory lock. */
    static final long LOCK = 0x656e67626c6f67L;

    private final UserService users;
    private final BootstrapConfig config;

    public Bootstrap(UserService users, BootstrapConfig config) {
        this.users = users;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        createFirstAdmin(config.adminEmail(), config.adminPassword());
    }

    /** Creates the admin when the table is empty; returns whether it did. */
    public boolean createFirstAdmin(Optional<String> email, Optional<String> password) {
        if (email.isEmpty() || password.isEmpty() || email.get().isBlank()) {
            return false;
        }
        return users.createFirstAdmin(email.get(), password.get(), LOCK,
                "CMS_BOOTSTRAP_ADMIN_EMAIL", "CMS_BOOTSTRAP_ADMIN_PASSWORD").map(admin -> {
                    LOG.infof("Created the first admin account %s", admin.email);
                    return true;
                }).orElse(false);
    }
}

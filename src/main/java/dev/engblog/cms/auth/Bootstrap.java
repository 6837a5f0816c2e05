package dev.engblog.cms.auth;

import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.text.Emails;
import dev.engblog.cms.user.User;
import dev.engblog.cms.user.UserRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
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

    private final UserRepository users;
    private final BootstrapConfig config;

    public Bootstrap(UserRepository users, BootstrapConfig config) {
        this.users = users;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        createFirstAdmin(config.adminEmail(), config.adminPassword());
    }

    /** Creates the admin when the table is empty; returns whether it did. */
    @Transactional
    public boolean createFirstAdmin(Optional<String> email, Optional<String> password) {
        if (email.isEmpty() || password.isEmpty() || email.get().isBlank()) {
            return false;
        }
        users.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LOCK).getSingleResult();
        if (users.count() > 0) {
            return false;
        }
        Passwords.requireStrong(password.get(), "CMS_BOOTSTRAP_ADMIN_PASSWORD");
        User admin = new User();
        admin.id = UUID.randomUUID();
        admin.email = Emails.valid(email.get(), "CMS_BOOTSTRAP_ADMIN_EMAIL");
        admin.displayName = "Administrator";
        admin.role = Role.ADMIN;
        admin.passwordHash = Passwords.hash(password.get());
        admin.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        admin.updatedAt = admin.createdAt;
        users.persist(admin);
        LOG.infof("Created the first admin account %s", admin.email);
        return true;
    }
}

package dev.engblog.cms.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.author.AuthorService;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.api.ListRequest;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.api.Lister;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.Audited;
import dev.engblog.cms.common.event.LoginsRevoked;
import dev.engblog.cms.common.http.IfMatch;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.text.Emails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Staff accounts: admins manage them; everyone manages their own name, email and password. */
@ApplicationScoped
public class UserService {

    public static final ListSpec LIST = ListSpec.builder("u.id")
            .filter("role").filter("disabled")
            .sort("email", SortKey.text("u.email"))
            .sort("displayName", SortKey.text("u.display_name"))
            .sort("createdAt", SortKey.timestamp("u.created_at"))
            .defaultSort("email")
            .build();
    private static final Lister.Source SOURCE = new Lister.Source("users", "u", "",
            "u.id, u.email, u.display_name, u.role, u.author_id, u.disabled, u.created_at, u.updated_at, u.version");

    private final UserRepository users;
    private final AuthorService authors;
    private final Event<LoginsRevoked> loginsRevoked;
    private final Lister lister;
    private final MergePatch mergePatch;
    private final Event<Audited> audit;

    public UserService(UserRepository users, AuthorService authors, Lister lister, MergePatch mergePatch,
                       Event<LoginsRevoked> loginsRevoked, Event<Audited> audit) {
        this.audit = audit;
        this.users = users;
        this.authors = authors;
        this.loginsRevoked = loginsRevoked;
        this.lister = lister;
        this.mergePatch = mergePatch;
    }

    public Page<UserResponse> list(Caller caller, MultivaluedMap<String, String> query, UriInfo uri) {
        caller.require(Role.ADMIN);
        ListRequest request = LIST.parse(query);
        Where where = new Where();
        String role = request.filter("role");
        if (role != null) {
            where.and("u.role = :role", "role", role(role).name());
        }
        Boolean disabled = request.booleanFilter("disabled");
        if (disabled != null) {
            where.and("u.disabled = :disabled", "disabled", disabled);
        }
        return lister.list(request, request.sort() == null ? LIST.defaultOrder() : request.sort(), SOURCE, where,
                UserResponse::of, uri);
    }

    public UserResponse get(Caller caller, String id) {
        caller.require(Role.ADMIN);
        return UserResponse.of(find(id));
    }

    public UserResponse me(Caller caller) {
        return UserResponse.of(users.findById(caller.userId()));
    }

    /**
     * A new account. One that may write (CONTRIBUTOR or above) and names no {@code authorId} gets an
     * author profile made from its display name, so it can write at once.
     */
    @Transactional
    public UserResponse create(Caller caller, UserRequest r) {
        caller.require(Role.ADMIN);
        Passwords.requireStrong(r.password(), "password");
        User user = new User();
        user.id = UUID.randomUUID();
        user.email = uniqueEmail(r.email(), user.id);
        user.displayName = r.displayName().strip();
        user.role = r.role();
        user.authorId = r.authorId() != null ? authorLink(r.authorId(), user.id)
                : r.role().atLeast(Role.CONTRIBUTOR) ? authors.createProfileFor(caller, user.displayName) : null;
        user.passwordHash = Passwords.hash(r.password());
        user.createdAt = now();
        user.updatedAt = user.createdAt;
        users.persist(user);
        users.flush();
        UserResponse created = UserResponse.of(user);
        audit.fire(new Audited("user.created", "user", user.id, null, created));
        return created;
    }

    /** Admins change accounts; nobody changes their own role or disables themselves. */
    @Transactional
    public UserResponse update(Caller caller, String id, String ifMatch, JsonNode patch) {
        caller.require(Role.ADMIN);
        User user = find(id);
        IfMatch.check(ifMatch, user.version);
        UserResponse before = UserResponse.of(user);
        UserUpdate u = mergePatch.apply(UserUpdate.of(user), patch, UserUpdate.class);
        boolean self = user.id.equals(caller.userId());
        if (self && (u.role() != user.role || u.disabled() != user.disabled)) {
            throw ApiException.forbidden("You cannot change your own role or disable yourself.");
        }
        String email = uniqueEmail(u.email(), user.id);
        java.util.UUID authorId = authorLink(u.authorId(), user.id);
        if (u.role() != user.role || (u.disabled() && !user.disabled)) {
            loginsRevoked.fire(new LoginsRevoked(user.id, now()));
        }
        user.email = email;
        user.displayName = u.displayName().strip();
        user.role = u.role();
        user.disabled = u.disabled();
        user.authorId = authorId;
        user.updatedAt = now();
        users.flush();
        UserResponse after = UserResponse.of(user);
        audit.fire(new Audited("user.updated", "user", user.id, before, after));
        return after;
    }

    /** PUT: the body replaces every field, through the same rules as a patch. */
    @Transactional
    public UserResponse replace(Caller caller, String id, String ifMatch, UserUpdate body) {
        return update(caller, id, ifMatch, mergePatch.replacement(body));
    }

    @Transactional
    public UserResponse updateMe(Caller caller, String ifMatch, JsonNode patch) {
        User user = users.findById(caller.userId());
        IfMatch.check(ifMatch, user.version);
        UserResponse before = UserResponse.of(user);
        ProfileUpdate p = mergePatch.apply(ProfileUpdate.of(user), patch, ProfileUpdate.class);
        String email = uniqueEmail(p.email(), user.id);
        user.email = email;
        user.displayName = p.displayName().strip();
        user.updatedAt = now();
        users.flush();
        UserResponse after = UserResponse.of(user);
        audit.fire(new Audited("user.updated", "user", user.id, before, after));
        return after;
    }

    /** Needs the current password; ends every login of the account (other devices sign in again). */
    @Transactional
    public void changePassword(Caller caller, PasswordChange change) {
        User user = users.findById(caller.userId());
        if (!Passwords.matches(change.currentPassword(), user.passwordHash)) {
            throw ApiException.invalid("currentPassword", "is not your current password");
        }
        Passwords.requireStrong(change.newPassword(), "newPassword");
        user.passwordHash = Passwords.hash(change.newPassword());
        user.updatedAt = now();
        loginsRevoked.fire(new LoginsRevoked(user.id, now()));
        audit.fire(new Audited("user.password_changed", "user", user.id, null, null));
    }

    /** Deletes the account; never yourself, never the last admin. */
    @Transactional
    public void delete(Caller caller, String id, String ifMatch) {
        caller.require(Role.ADMIN);
        User user = find(id);
        IfMatch.check(ifMatch, user.version);
        if (user.id.equals(caller.userId())) {
            throw ApiException.conflict("id", "You cannot delete your own account.");
        }
        if (user.role == Role.ADMIN && users.count("role = ?1 and disabled = false", Role.ADMIN) <= 1) {
            throw ApiException.conflict("id", "The last active admin cannot be deleted.");
        }
        UserResponse before = UserResponse.of(user);
        users.delete(user);
        users.flush();
        audit.fire(new Audited("user.deleted", "user", user.id, before, null));
    }

    /** The account with this email (compared case-insensitively), for signing in. */
    @Transactional
    public Optional<User> findByEmail(String email) {
        return users.findByEmail(email);
    }

    /** The account with this id, or null. */
    @Transactional
    public User findById(UUID id) {
        return users.findById(id);
    }

    /**
     * Creates the first ADMIN when no account exists yet; returns it, or empty when accounts exist. The transaction-scoped
     * advisory lock {@code lockKey} keeps two instances starting at once from both creating one.
     */
    @Transactional
    public Optional<User> createFirstAdmin(String email, String password, long lockKey, String emailField, String passwordField) {
        users.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", lockKey).getSingleResult();
        if (users.count() > 0) {
            return Optional.empty();
        }
        Passwords.requireStrong(password, passwordField);
        User admin = new User();
        admin.id = UUID.randomUUID();
        admin.email = Emails.valid(email, emailField);
        admin.displayName = "Administrator";
        admin.role = Role.ADMIN;
        admin.passwordHash = Passwords.hash(password);
        admin.createdAt = now();
        admin.updatedAt = admin.createdAt;
        users.persist(admin);
        return Optional.of(admin);
    }

    private User find(String id) {
        User user = users.findById(Keys.id(id));
        if (user == null) {
            throw ApiException.notFound("User");
        }
        return user;
    }

    private String uniqueEmail(String email, UUID self) {
        String normal = Emails.valid(email, "email");
        if (users.count("lower(email) = lower(?1) and id <> ?2", normal, self) > 0) {
            throw ApiException.conflict("email", "Another account uses this email.");
        }
        return normal;
    }

    private UUID authorLink(UUID authorId, UUID self) {
        if (authorId == null) {
            return null;
        }
        if (!authors.exists(authorId)) {
            throw ApiException.invalid("authorId", "no such author");
        }
        if (users.count("authorId = ?1 and id <> ?2", authorId, self) > 0) {
            throw ApiException.conflict("authorId", "Another account writes as this author.");
        }
        return authorId;
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("role", "must be one of CONTRIBUTOR, AUTHOR, EDITOR, ADMIN");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

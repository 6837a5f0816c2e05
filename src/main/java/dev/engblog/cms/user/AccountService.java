package dev.engblog.cms.user;

import dev.engblog.cms.author.AuthorService;
import dev.engblog.cms.common.api.Keys;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.Audited;
import dev.engblog.cms.common.event.LoginsRevoked;
import dev.engblog.cms.common.ratelimit.RateLimiter;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.security.SecretTokens;
import dev.engblog.cms.common.text.Emails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Getting into an account without knowing its password: a mailed single-use reset link, an admin-set
 * temporary password that the next sign-in must replace, and staff invitations (the invited person sets
 * their own password). Tokens are random, mailed once, stored as SHA-256.
 */
@ApplicationScoped
public class AccountService {

    static final String RESET_ANSWER = "If an account uses this address, a link to set a new password is on its way.";

    private final UserRepository users;
    private final AuthorService authors;
    private final RateLimiter limiter;
    private final AccountConfig config;
    private final Event<AccountMail> mails;
    private final Event<LoginsRevoked> loginsRevoked;
    private final Event<Audited> audit;

    public AccountService(UserRepository users, AuthorService authors, RateLimiter limiter, AccountConfig config,
                          Event<AccountMail> mails, Event<LoginsRevoked> loginsRevoked, Event<Audited> audit) {
        this.users = users;
        this.authors = authors;
        this.limiter = limiter;
        this.config = config;
        this.mails = mails;
        this.loginsRevoked = loginsRevoked;
        this.audit = audit;
    }

    /**
     * The same 202 for any address. The request counts against the client's budget first (429 beyond it);
     * an enabled account then gets a mail, at most a few an hour (more requests send nothing, silently).
     */
    public AccountAnswer requestReset(PasswordResetRequest request, String clientAddress) {
        limiter.hit("reset-address:" + clientAddress, config.resetsPerAddressPerHour(), Duration.ofHours(1));
        issueReset(Emails.normalise(request.email()));
        return new AccountAnswer(RESET_ANSWER);
    }

    @Transactional
    void issueReset(String email) {
        User user = users.findByEmail(email).orElse(null);
        if (user == null || user.disabled
                || !limiter.consume("reset-mail:" + user.id, config.resetMailsPerAccountPerHour(), Duration.ofHours(1))) {
            return;
        }
        Instant now = now();
        String token = SecretTokens.random();
        em().createNativeQuery("""
                        insert into account_token (token_hash, purpose, user_id, created_at, expires_at)
                        values (:hash, 'RESET', :user, :now, :expires)""")
                .setParameter("hash", SecretTokens.hash(token)).setParameter("user", user.id).setParameter("now", now)
                .setParameter("expires", now.plus(config.resetTtl())).executeUpdate();
        audit.fire(new Audited("user.password_reset_requested", "user", user.id, null, null));
        mails.fire(new AccountMail(user.email, "Set a new password",
                "Someone (hopefully you) asked to set a new password for " + user.email + ".\n\n"
                        + "Open this link within " + config.resetTtl().toMinutes() + " minutes to choose one:\n"
                        + config.resetLink().replace("{token}", token) + "\n\n"
                        + "If it was not you, ignore this mail: your password stays as it is.\n"));
    }

    /** Sets the new password with the token, once, within its hour; every login of the account ends. */
    @Transactional
    public void confirmReset(PasswordResetConfirm request) {
        Object[] token = use(request.token(), "RESET");
        User user = users.findById((UUID) token[0]);
        if (user == null || user.disabled) {
            throw ApiException.invalid("token", "is unknown, used or expired; ask for a new link");
        }
        Passwords.requireStrong(request.newPassword(), "newPassword");
        user.passwordHash = Passwords.hash(request.newPassword());
        user.mustChangePassword = false;
        user.updatedAt = now();
        loginsRevoked.fire(new LoginsRevoked(user.id, now()));
        audit.fire(new Audited("user.password_reset", "user", user.id, null, null));
    }

    /** An admin sets someone's password; it works for one sign-in, which must replace it. Logins end. */
    @Transactional
    public void setTemporaryPassword(Caller caller, String id, TemporaryPassword request) {
        caller.require(Role.ADMIN);
        User user = users.findById(Keys.id(id));
        if (user == null) {
            throw ApiException.notFound("User");
        }
        Passwords.requireStrong(request.password(), "password");
        user.passwordHash = Passwords.hash(request.password());
        user.mustChangePassword = true;
        user.updatedAt = now();
        loginsRevoked.fire(new LoginsRevoked(user.id, now()));
        audit.fire(new Audited("user.temporary_password_set", "user", user.id, null, null));
    }

    /** Replaces a temporary password at sign-in (the caller proved they hold it). */
    @Transactional
    public void replaceTemporaryPassword(UUID userId, String newPassword) {
        User user = users.findById(userId);
        Passwords.requireStrong(newPassword, "newPassword");
        user.passwordHash = Passwords.hash(newPassword);
        user.mustChangePassword = false;
        user.updatedAt = now();
        // Audited with the login it belongs to (auth.login, temporaryPasswordReplaced).
    }

    /** Mails a single-use link with which the person creates their own account with this role. */
    @Transactional
    public InvitationResponse invite(Caller caller, InvitationRequest request) {
        caller.require(Role.ADMIN);
        String email = Emails.valid(request.email(), "email");
        if (users.findByEmail(email).isPresent()) {
            throw ApiException.conflict("email", "An account already uses this email.");
        }
        Instant now = now();
        Instant expires = now.plus(config.invitationTtl());
        String token = SecretTokens.random();
        String name = request.displayName() == null || request.displayName().isBlank() ? null : request.displayName().strip();
        em().createNativeQuery("""
                        insert into account_token (token_hash, purpose, email, role, display_name, created_by, created_at, expires_at)
                        values (:hash, 'INVITE', :email, :role, :name, :by, :now, :expires)""")
                .setParameter("hash", SecretTokens.hash(token)).setParameter("email", email)
                .setParameter("role", request.role().name()).setParameter("name", name).setParameter("by", caller.userId())
                .setParameter("now", now).setParameter("expires", expires).executeUpdate();
        InvitationResponse invitation = new InvitationResponse(email, request.role(), expires);
        audit.fire(new Audited("user.invited", "invitation", email, null, invitation));
        mails.fire(new AccountMail(email, "You are invited to the blog's staff",
                "You have been invited to write for the blog as " + request.role().name().toLowerCase(Locale.ROOT) + ".\n\n"
                        + "Open this link within " + config.invitationTtl().toDays() + " days to set your password:\n"
                        + config.invitationLink().replace("{token}", token) + "\n"));
        return invitation;
    }

    /** Creates the invited account with the person's own password; the link then stops working. */
    @Transactional
    public UserResponse acceptInvitation(InvitationAccept request) {
        Object[] token = use(request.token(), "INVITE");
        String email = (String) token[1];
        Role role = Role.valueOf((String) token[2]);
        String name = request.displayName() != null && !request.displayName().isBlank() ? request.displayName().strip()
                : token[3] != null ? (String) token[3] : email.substring(0, email.indexOf('@'));
        Passwords.requireStrong(request.password(), "password");
        if (users.findByEmail(email).isPresent()) {
            throw ApiException.conflict("email", "An account already uses this email.");
        }
        User user = new User();
        user.id = UUID.randomUUID();
        user.email = email;
        user.displayName = name;
        user.role = role;
        user.passwordHash = Passwords.hash(request.password());
        Caller inviter = new Caller((UUID) token[4], Role.ADMIN, null);
        user.authorId = role.atLeast(Role.CONTRIBUTOR) ? authors.createProfileFor(inviter, name) : null;
        user.createdAt = now();
        user.updatedAt = user.createdAt;
        users.persist(user);
        users.flush();
        UserResponse created = UserResponse.of(user);
        audit.fire(new Audited("user.invitation_accepted", "user", user.id.toString(), null, created, user.id));
        return created;
    }

    /**
     * Marks a live token of the purpose used (race-safe: one statement) and returns user_id, email, role,
     * display_name, created_by; a 400 naming {@code token} when it is unknown, used or expired.
     */
    private Object[] use(String token, String purpose) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("""
                        update account_token set used_at = now()
                         where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
                        returning user_id, email, role, display_name, created_by""")
                .setParameter("hash", SecretTokens.hash(request(token))).setParameter("purpose", purpose).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.invalid("token", "is unknown, used or expired; ask for a new link");
        }
        return rows.get(0);
    }

    private static String request(String token) {
        return token.strip();
    }

    private EntityManager em() {
        return users.getEntityManager();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

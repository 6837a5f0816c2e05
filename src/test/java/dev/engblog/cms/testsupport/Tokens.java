package dev.engblog.cms.testsupport;

import dev.engblog.cms.author.Author;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.user.User;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place tests get tokens: valid ones for a fresh user of each role, and every kind of
 * forgery the API must refuse.
 */
@ApplicationScoped
public class Tokens {

    public static final String ISSUER = "https://engblog.dev/cms";

    private final EntityManager em;

    public Tokens(EntityManager em) {
        this.em = em;
    }

    /** A stored staff member and a valid access token for them. */
    public record Staff(UUID userId, UUID authorId, Role role, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    /** A new user of that role; contributors and authors also get an author profile they write as. */
    public Staff as(Role role) {
        User user = newUser(role);
        return new Staff(user.id, user.authorId, role, sign(user.id, role, Instant.now().plusSeconds(900)));
    }

    public String expired() {
        User user = newUser(Role.ADMIN);
        return Jwt.issuer(ISSUER).subject(user.id.toString()).groups(Role.ADMIN.name())
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
    }

    public String wrongIssuer() {
        User user = newUser(Role.ADMIN);
        return Jwt.issuer("https://evil.example").subject(user.id.toString()).groups(Role.ADMIN.name())
                .expiresIn(900).sign();
    }

    public String signedByAnotherKey() throws Exception {
        User user = newUser(Role.ADMIN);
        PrivateKey other = KeyUtils.readPrivateKey("jwt/other-private.pem");
        return Jwt.issuer(ISSUER).subject(user.id.toString()).groups(Role.ADMIN.name()).expiresIn(900).sign(other);
    }

    /** An unsigned token ({@code alg: none}) claiming to be an admin. */
    public String algNone() {
        User user = newUser(Role.ADMIN);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + user.id + "\",\"groups\":[\"ADMIN\"],\"exp\":"
                + (Instant.now().getEpochSecond() + 900) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    /** The classic key-confusion attack: HS256 signed with the server's public key as the secret. */
    public String hs256WithPublicKey() throws Exception {
        User user = newUser(Role.ADMIN);
        byte[] publicPem;
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream("jwt/public.pem")) {
            publicPem = in.readAllBytes();
        }
        return Jwt.issuer(ISSUER).subject(user.id.toString()).groups(Role.ADMIN.name()).expiresIn(900)
                .jws().algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(publicPem, "HmacSHA256"));
    }

    /** A valid contributor's token whose payload was edited to claim another user (signature kept). */
    public String tampered() {
        Staff contributor = as(Role.CONTRIBUTOR);
        User admin = newUser(Role.ADMIN);
        String[] parts = contributor.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(contributor.userId().toString(), admin.id.toString());
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static String sign(UUID userId, Role role, Instant expires) {
        return Jwt.issuer(ISSUER).subject(userId.toString()).groups(role.name())
                .issuedAt(Instant.now()).expiresAt(expires).claim("jti", UUID.randomUUID().toString()).sign();
    }

    @Transactional
    User newUser(Role role) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        User user = new User();
        user.id = UUID.randomUUID();
        user.email = role.name().toLowerCase() + "-" + tag + "@example.com";
        user.displayName = role.name() + " " + tag;
        user.role = role;
        user.passwordHash = "not-a-login-account";
        user.createdAt = Fixtures.now();
        user.updatedAt = user.createdAt;
        if (role == Role.CONTRIBUTOR || role == Role.AUTHOR) {
            Author author = new Author();
            author.id = UUID.randomUUID();
            author.slug = role.name().toLowerCase() + "-" + tag;
            author.name = user.displayName;
            author.createdAt = user.createdAt;
            author.updatedAt = user.createdAt;
            em.persist(author);
            user.authorId = author.id;
        }
        em.persist(user);
        return user;
    }
}

package dev.engblog.cms.user;

import dev.engblog.cms.common.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A staff account. The password hash never leaves this class's table. */
@Entity
@Table(name = "users")
public class User {

    @Id
    public UUID id;
    public String email;
    @Column(name = "display_name")
    public String displayName;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "author_id")
    public UUID authorId;
    public boolean disabled;
    /** An admin set a temporary password: the next sign-in must replace it. */
    @Column(name = "must_change_password")
    public boolean mustChangePassword;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}

package dev.engblog.cms.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tokens and login limits. */
@ConfigMapping(prefix = "cms.auth")
public interface AuthConfig {

    /** How long an access token is valid. */
    @WithDefault("PT15M")
    Duration accessTokenTtl();

    /** How long a refresh token is valid (a login lasts this long without a password). */
    @WithDefault("P30D")
    Duration refreshTokenTtl();

    /** Failed logins allowed per account in one window; then the account is locked for the window. */
    @WithDefault("5")
    int loginAttemptsPerAccount();

    /** Login and refresh requests allowed per client address in one window. */
    @WithDefault("20")
    int requestsPerAddress();

    /** The window of the login and refresh limits. */
    @WithDefault("PT15M")
    Duration limitWindow();
}

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

    /** Login requests allowed per client address in one window. */
    @WithDefault("20")
    int requestsPerAddress();

    /** Refreshes allowed per login (refresh-token family) in one window. */
    @WithDefault("20")
    int refreshesPerLogin();

    /** A refresh token used again within this time (two tabs refreshing at once) still gets a login. */
    @WithDefault("PT10S")
    Duration refreshGrace();

    /** The window of the login and refresh limits (and how long a locked account stays locked). */
    @WithDefault("PT15M")
    Duration limitWindow();
}

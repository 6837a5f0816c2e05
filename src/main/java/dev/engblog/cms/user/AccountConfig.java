package dev.engblog.cms.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Password resets and staff invitations. */
@ConfigMapping(prefix = "cms.accounts")
public interface AccountConfig {

    /** How long a password reset link works. */
    @WithDefault("PT1H")
    Duration resetTtl();

    /** How long an invitation link works. */
    @WithDefault("P7D")
    Duration invitationTtl();

    /** Reset requests per client address per hour (429 beyond). */
    @WithDefault("5")
    int resetsPerAddressPerHour();

    /** Reset mails to one account per hour; more requests are answered alike and send nothing. */
    @WithDefault("3")
    int resetMailsPerAccountPerHour();

    /** The frontend page that sets a new password; {token} is replaced. */
    @WithDefault("http://localhost:3000/admin/reset-password?token={token}")
    String resetLink();

    /** The frontend page where an invited person sets their password; {token} is replaced. */
    @WithDefault("http://localhost:3000/admin/accept-invitation?token={token}")
    String invitationLink();
}

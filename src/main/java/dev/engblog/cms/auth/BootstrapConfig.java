package dev.engblog.cms.auth;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The first admin, created at start when no user exists. */
@ConfigMapping(prefix = "cms.bootstrap")
public interface BootstrapConfig {

    /** Email of the first ADMIN (CMS_BOOTSTRAP_ADMIN_EMAIL). */
    Optional<String> adminEmail();

    /** Password of the first ADMIN (CMS_BOOTSTRAP_ADMIN_PASSWORD). */
    Optional<String> adminPassword();
}

package dev.engblog.cms.auth;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Production refuses to start without readable PEM files to verify and sign tokens with. */
@ApplicationScoped
public class SigningKeys {

    void check(@Observes StartupEvent start,
               @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKey,
               @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> privateKey) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        require(publicKey, "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        require(privateKey, "SMALLRYE_JWT_SIGN_KEY_LOCATION");
    }

    private static void require(Optional<String> location, String variable) {
        if (location.isEmpty() || location.get().isBlank()) {
            throw new IllegalStateException(variable + " is not set: production needs a PEM key file (file:/path/key.pem)");
        }
        String path = location.get().startsWith("file:") ? location.get().substring(5) : location.get();
        if (location.get().startsWith("file:") && !Files.isReadable(Path.of(path))) {
            throw new IllegalStateException(variable + " points to " + path + ", which cannot be read");
        }
    }
}

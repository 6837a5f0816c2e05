package dev.engblog.cms.media;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Dev mode: the demo changeset names a few images (covers and avatars) by their content hash; their
 * source files ship in {@code src/main/resources/demo-media}. Here they go through the same processing
 * as every upload into the storage, unless their files are there already, so dev mode shows them with
 * no setup.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoMedia {

    private static final Logger LOG = Logger.getLogger(DemoMedia.class);
    private static final String DIR = "demo-media/";

    private final MediaStorage storage;

    public DemoMedia(MediaStorage storage) {
        this.storage = storage;
    }

    void storeDemoFiles(@Observes StartupEvent start) throws IOException {
        for (String name : read(DIR + "index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            byte[] bytes = resource(DIR + name);
            String sha256 = sha256(bytes);
            String ext = name.endsWith(".png") ? "png" : "jpg";
            if (storage.exists(MediaKeys.key(sha256, MediaKeys.ORIGINAL, ext))) {
                continue;
            }
            Path temp = Files.createTempFile("demo-media", "." + ext);
            try {
                Files.write(temp, bytes);
                Images.Processed processed = Images.process(temp, Images.detect(bytes), Long.MAX_VALUE);
                for (Map.Entry<String, byte[]> file : processed.files().entrySet()) {
                    storage.put(MediaKeys.key(sha256, file.getKey(), MediaKeys.ext(processed.mimeType())), file.getValue(),
                            processed.mimeType());
                }
                LOG.infof("demo image %s stored as %s (%d × %d, %s)", name, sha256, processed.width(), processed.height(),
                        processed.placeholder());
            } catch (Images.Refused e) {
                throw new IllegalStateException("demo image " + name + " refused: " + e.getMessage(), e);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static String read(String path) {
        return new String(resource(path), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.engblog.cms.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real S3-compatible server for the S3 media storage: s3rver (npm, installed by the build into
 * src/test/s3), started on a free port with a bucket {@value #BUCKET} and its data in a temporary
 * directory, stopped and deleted after the tests. Its credentials are s3rver's fixed S3RVER/S3RVER,
 * and it checks the requests' AWS signatures like S3 does.
 */
public class S3Server implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "media";
    private static final Path DIR = Path.of("src/test/s3");
    private static final Pattern LISTENING = Pattern.compile("listening on ([0-9.]+):(\\d+)");

    private Process process;
    private Path data;

    @Override
    public Map<String, String> start() {
        Path script = DIR.resolve("node_modules/s3rver/bin/s3rver.js");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " is missing: ./mvnw verify installs it (npm ci in src/test/s3)");
        }
        try {
            data = Files.createTempDirectory("s3rver");
            process = new ProcessBuilder(List.of("node", script.toString(), "-d", data.toString(), "-a", "127.0.0.1", "-p", "0",
                    "--configure-bucket", BUCKET)).redirectErrorStream(true).start();
            CompletableFuture<String> endpoint = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            endpoint.complete("http://" + m.group(1) + ":" + m.group(2));
                        }
                    }
                    endpoint.completeExceptionally(new IllegalStateException("s3rver ended before it listened"));
                } catch (IOException e) {
                    endpoint.completeExceptionally(e);
                }
            }, "s3rver-output");
            reader.setDaemon(true);
            reader.start();
            String url = endpoint.get(60, TimeUnit.SECONDS);
            return Map.of(
                    "cms.media.storage", "s3",
                    "cms.media.s3.endpoint", url,
                    "cms.media.s3.region", "us-east-1",
                    "cms.media.s3.bucket", BUCKET,
                    "cms.media.s3.path-style", "true",
                    "cms.media.s3.access-key", "S3RVER",
                    "cms.media.s3.secret-key", "S3RVER");
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("s3rver did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory; the system cleans it eventually
            }
        }
    }
}

package dev.engblog.cms.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Node script the build installed (a real npm client against the started app) and keeps what it printed. */
public final class Node {

    /** How the script ended: its exit code and everything it wrote to stdout and stderr. */
    public record Run(int exitCode, String output) {
    }

    private Node() {
    }

    /** Runs {@code node <script> <args...>} in {@code dir}; fails the test if it does not end within 60 s. */
    public static Run run(Path dir, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("node", ".log");
        try {
            Process node = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean finished = node.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                node.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(finished, "node " + script + " did not finish in 60 s:\n" + output);
            return new Run(node.exitValue(), output);
        } finally {
            Files.delete(log);
        }
    }
}

package dev.engblog.cms.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo changeset records each demo image's hash, size and placeholder; dev mode stores the files by
 * processing the shipped sources at start. Both must agree, or dev mode shows images that 404.
 */
class DemoMediaTest {

    private static final Path SOURCES = Path.of("src/main/resources/demo-media");
    private static final Pattern ROW = Pattern.compile(
            "\\('[0-9a-f-]{36}', '([0-9a-f]{64})', '(image/[a-z]+)', (\\d+), (\\d+), (\\d+), '((?:[^']|'')+)', '[^']*', '([^']+)'");

    @Test
    void theDemoChangesetDescribesWhatProcessingTheShippedImagesGives() throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/changes/031-insert-demo-media.sql"));
        List<String> names = Files.readAllLines(SOURCES.resolve("index.txt")).stream().filter(l -> !l.isBlank()).toList();
        Matcher row = ROW.matcher(sql);
        int rows = 0;
        while (row.find()) {
            rows++;
            Path file = SOURCES.resolve(row.group(7));
            byte[] bytes = Files.readAllBytes(file);
            Images.Processed processed = Images.process(file, Images.detect(bytes), Long.MAX_VALUE);
            String name = row.group(7);
            assertEquals(DemoMedia.sha256(bytes), row.group(1), name + " sha256");
            assertEquals(processed.mimeType(), row.group(2), name + " type");
            assertEquals(processed.width(), Integer.parseInt(row.group(3)), name + " width");
            assertEquals(processed.height(), Integer.parseInt(row.group(4)), name + " height");
            assertEquals(processed.files().get(MediaKeys.ORIGINAL).length, Integer.parseInt(row.group(5)), name + " bytes");
            assertEquals(processed.placeholder(), row.group(6).replace("''", "'"), name + " placeholder");
        }
        assertEquals(names.size(), rows, "one row per shipped image");
    }
}

package dev.engblog.cms.media;

import io.trbl.blurhash.BlurHash;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * What an upload goes through: its type decided by its first bytes (never by its name or declared
 * type), its size in pixels read from the header before anything is decoded, then decoded (large
 * images subsampled while decoding, so memory stays bounded), turned upright by its EXIF orientation,
 * and re-encoded without any metadata (GPS positions, camera serials, comments) in the stored sizes.
 */
final class Images {

    /** The long side of the stored original; larger uploads are scaled down to it (as WordPress does at 2560 px). */
    static final int MAX_EDGE = 2560;
    /**
     * Pixels decoded at most; larger images are subsampled while decoding (a 12 MP phone photo is read at
     * every second pixel, 2000 × 1500). Sized for the shipped 96 MiB heap: a whole 12 MP photo needs 36 MB
     * for its pixels alone, and did not fit beside the rest (bench/upload).
     */
    static final long DECODE_BUDGET = 4_200_000;
    private static final float JPEG_QUALITY = 0.82f;

    private Images() {
    }

    /** The types accepted: JPEG, PNG and WebP, by their magic bytes. */
    enum Format {
        JPEG("jpeg"), PNG("png"), WEBP("webp");

        final String readerName;

        Format(String readerName) {
            this.readerName = readerName;
        }
    }

    /** An upload refused, with the status and what to tell the client. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** The stored files of one image (variant name → bytes, the original first) and what readers need to know. */
    record Processed(String mimeType, int width, int height, String placeholder, Map<String, byte[]> files) {
    }

    /** The format the first bytes announce; anything else (HTML, SVG, GIF, PDF, ...) is a 415 saying what it is not. */
    static Format detect(byte[] head) throws Refused {
        if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Format.JPEG;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return Format.PNG;
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Format.WEBP;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (text.contains("<svg")) {
            throw new Refused(415, "SVG images are not accepted (they can carry scripts); upload a PNG or JPEG.");
        }
        if (text.startsWith("gif8")) {
            throw new Refused(415, "GIF images are not accepted; upload a PNG, JPEG or WebP.");
        }
        throw new Refused(415, "The file is not a JPEG, PNG or WebP image (its content decides, not its name or declared type).");
    }

    /** Decodes, checks and re-encodes the image in the file into its stored sizes. */
    static Processed process(Path file, Format format, long maxPixels) throws Refused, IOException {
        int orientation = format == Format.JPEG ? Exif.orientation(file) : 1;
        BufferedImage image = decode(file, format, maxPixels);
        boolean alpha = image.getColorModel().hasAlpha();
        String mimeType = format == Format.PNG || (format == Format.WEBP && alpha) ? "image/png" : "image/jpeg";
        boolean png = mimeType.equals("image/png");

        if (Math.max(image.getWidth(), image.getHeight()) > MAX_EDGE) {
            image = Thumbnails.of(image).size(MAX_EDGE, MAX_EDGE).asBufferedImage();
        } else if (!png && image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_INT_RGB
                && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            image = copy(image, BufferedImage.TYPE_INT_RGB);
        }
        image = upright(image, orientation, png);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MediaKeys.ORIGINAL, encode(image, png));
        BufferedImage source = image;
        List<Integer> widths = new ArrayList<>();
        for (int w : MediaKeys.WIDTHS) {
            if (w < image.getWidth()) {
                widths.add(w);
            }
        }
        for (int i = widths.size() - 1; i >= 0; i--) {
            int w = widths.get(i);
            source = Thumbnails.of(source).width(w).asBufferedImage();
            files.put("w" + w, encode(source, png));
        }
        BufferedImage tiny = Thumbnails.of(source).size(32, 32).asBufferedImage();
        String placeholder = BlurHash.encode(copy(tiny, BufferedImage.TYPE_INT_RGB), 4, 3);
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(MediaKeys.ORIGINAL, files.get(MediaKeys.ORIGINAL));
        for (int w : widths) {
            ordered.put("w" + w, files.get("w" + w));
        }
        return new Processed(mimeType, image.getWidth(), image.getHeight(), placeholder, ordered);
    }

    /** The first bytes of a file, to tell its type. */
    static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    private static BufferedImage decode(Path file, Format format, long maxPixels) throws Refused, IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new Refused(415, "This server cannot read " + format + " images; upload a PNG or JPEG.");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            long width;
            long height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw damaged();
            }
            if (width <= 0 || height <= 0) {
                throw damaged();
            }
            if (width * height > maxPixels) {
                throw new Refused(400, "The image is " + width + " × " + height + " pixels, more than the limit of "
                        + maxPixels + " pixels.");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) (width * height) / DECODE_BUDGET));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image;
            try {
                image = reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw damaged();
            }
            if (!warnings.isEmpty() || image == null) {
                throw damaged();
            }
            return image;
        } finally {
            reader.dispose();
        }
    }

    private static Refused damaged() {
        return new Refused(400, "The image cannot be read: it is truncated or damaged.");
    }

    /** Applies the EXIF orientation (1-8): the stored pixels are upright, so no reader needs the tag. */
    private static BufferedImage upright(BufferedImage image, int orientation, boolean alpha) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        // Where each source pixel (x, y) goes: x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12.
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored vertically
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // needs 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            default -> new AffineTransform(0, -1, 1, 0, 0, w);  // 8: needs 90° counter-clockwise
        };
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage image, int type) {
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** JPEG at quality 0.82, or PNG; written from pixels alone, so no metadata of the upload survives. */
    private static byte[] encode(BufferedImage image, boolean png) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

package dev.engblog.cms.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images made for the tests: real ones, one with the metadata a phone writes, and hostile ones. */
public final class TestImages {

    /** A string the EXIF of {@link #phoneJpeg} carries; no stored file may contain it. */
    static final String SERIAL = "CAMERA-SERIAL-4242";

    private TestImages() {
    }

    /** A gradient with a red block in the top-left corner (so turning it can be seen in the pixels). */
    static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 200, alpha ? 128 : 255), width, height, new Color(20, 200, 120)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpeg");
    }

    public static byte[] png(int width, int height, boolean alpha) {
        return encode(picture(width, height, alpha), "png");
    }

    /**
     * A JPEG as a phone writes it: stored sideways with EXIF orientation 6 (turn 90° clockwise to
     * show), a GPS position, and a camera serial in the image description.
     */
    static byte[] phoneJpeg(int storedWidth, int storedHeight) {
        byte[] jpeg = jpeg(storedWidth, storedHeight);
        byte[] app1 = exifSegment(6);
        int afterApp0 = 2 + 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        out.writeBytes(app1);
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    /** An APP1 "Exif" segment (big-endian TIFF): orientation, image description, and a GPS directory with a latitude. */
    private static byte[] exifSegment(int orientation) {
        try {
            ByteArrayOutputStream tiff = new ByteArrayOutputStream();
            DataOutputStream t = new DataOutputStream(tiff);
            byte[] description = (SERIAL + "\0").getBytes(StandardCharsets.US_ASCII);
            int ifd0 = 8;
            int ifd0Size = 2 + 3 * 12 + 4;
            int descriptionAt = ifd0 + ifd0Size;
            int gpsAt = descriptionAt + description.length;
            int gpsSize = 2 + 2 * 12 + 4;
            int latitudeAt = gpsAt + gpsSize;
            t.writeBytes("MM");
            t.writeShort(42);
            t.writeInt(ifd0);
            t.writeShort(3);
            entry(t, 0x010E, 2, description.length, descriptionAt);     // ImageDescription (ASCII)
            t.writeShort(0x0112); t.writeShort(3); t.writeInt(1); t.writeShort(orientation); t.writeShort(0);
            entry(t, 0x8825, 4, 1, gpsAt);                              // GPS directory
            t.writeInt(0);
            t.write(description);
            t.writeShort(2);
            t.writeShort(0x0001); t.writeShort(2); t.writeInt(2); t.writeBytes("N\0\0\0"); // GPSLatitudeRef
            entry(t, 0x0002, 5, 3, latitudeAt);                         // GPSLatitude (3 rationals)
            t.writeInt(0);
            t.writeInt(52); t.writeInt(1); t.writeInt(31); t.writeInt(1); t.writeInt(1234); t.writeInt(100);
            byte[] body = tiff.toByteArray();
            ByteArrayOutputStream segment = new ByteArrayOutputStream();
            DataOutputStream s = new DataOutputStream(segment);
            s.writeShort(0xFFE1);
            s.writeShort(2 + 6 + body.length);
            s.writeBytes("Exif\0\0");
            s.write(body);
            return segment.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(DataOutputStream t, int tag, int type, int count, int value) throws IOException {
        t.writeShort(tag);
        t.writeShort(type);
        t.writeInt(count);
        t.writeInt(value);
    }

    /** A valid PNG of a few hundred bytes whose header declares 60,000 × 60,000 pixels (3.6 gigapixels). */
    static byte[] pngBomb() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(60_000);
            h.writeInt(60_000);
            h.writeByte(8);  // bit depth
            h.writeByte(2);  // RGB
            h.writeByte(0);
            h.writeByte(0);
            h.writeByte(0);
            chunk(out, "IHDR", ihdr.toByteArray());
            Deflater deflater = new Deflater(9);
            deflater.setInput(new byte[60_001 * 3 * 4]); // the first rows, all zero
            deflater.finish();
            byte[] buffer = new byte[4096];
            int n = deflater.deflate(buffer);
            chunk(out, "IDAT", Arrays.copyOf(buffer, n));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    static byte[] truncated(byte[] image, double keep) {
        return Arrays.copyOf(image, (int) (image.length * keep));
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

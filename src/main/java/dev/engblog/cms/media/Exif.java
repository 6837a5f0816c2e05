package dev.engblog.cms.media;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the one EXIF field the service uses, the orientation of a JPEG (tag 0x0112 in the first image
 * directory of the APP1 "Exif" segment), and nothing else; the stored files carry no EXIF at all.
 * Malformed EXIF counts as no orientation: the pixels decide whether the file is an image.
 */
final class Exif {

    private static final int MAX_SEGMENT = 65_535;

    private Exif() {
    }

    /** The orientation 1-8, or 1 when the file has none. */
    static int orientation(Path jpeg) throws IOException {
        try (InputStream raw = Files.newInputStream(jpeg); DataInputStream in = new DataInputStream(raw)) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return 1;
            }
            for (int segments = 0; segments < 64; segments++) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    return 1; // start of the pixel data: no EXIF before it
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0 || length > MAX_SEGMENT) {
                    return 1;
                }
                byte[] data = in.readNBytes(length);
                if (data.length < length) {
                    return 1;
                }
                if (marker == 0xFFE1 && length > 14 && data[0] == 'E' && data[1] == 'x' && data[2] == 'i' && data[3] == 'f'
                        && data[4] == 0 && data[5] == 0) {
                    return fromTiff(data, 6);
                }
            }
            return 1;
        } catch (EOFException e) {
            return 1;
        }
    }

    private static int fromTiff(byte[] d, int tiff) {
        boolean little;
        if (d[tiff] == 'I' && d[tiff + 1] == 'I') {
            little = true;
        } else if (d[tiff] == 'M' && d[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = u32(d, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > d.length) {
            return 1;
        }
        int at = (int) (tiff + ifd);
        int entries = u16(d, at, little);
        for (int i = 0; i < entries; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > d.length) {
                return 1;
            }
            if (u16(d, entry, little) == 0x0112) {
                int value = u16(d, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] d, int at, boolean little) {
        int a = d[at] & 0xff;
        int b = d[at + 1] & 0xff;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] d, int at, boolean little) {
        if (at + 4 > d.length) {
            return -1;
        }
        long a = d[at] & 0xff;
        long b = d[at + 1] & 0xff;
        long c = d[at + 2] & 0xff;
        long e = d[at + 3] & 0xff;
        return little ? a | b << 8 | c << 16 | e << 24 : a << 24 | b << 16 | c << 8 | e;
    }
}

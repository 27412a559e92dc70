package no.planverk.plans.core.internal.document.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A plain RGB PNG with fast deflate: ImageIO's writer spent most of a chart's time compressing (a chart is mostly
 * flat colour, so the fastest level costs little in size).
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    /** {@code image} must be {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 8);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
                byte[] row = new byte[1 + 3 * w]; // filter byte 0 (none), then RGB
                for (int y = 0; y < h; y++) {
                    for (int x = 0, i = 1, p = y * w; x < w; x++, p++) {
                        int rgb = pixels[p];
                        row[i++] = (byte) (rgb >> 16);
                        row[i++] = (byte) (rgb >> 8);
                        row[i++] = (byte) rgb;
                    }
                    z.write(row);
                }
            } finally {
                deflater.end();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
            DataOutputStream out = new DataOutputStream(png);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream hd = new DataOutputStream(header);
            hd.writeInt(w);
            hd.writeInt(h);
            hd.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Gavel's icon: draws the one source image and derives every per-OS format from it.
 *
 * <pre>
 * java packaging/icons/IconTool.java draw   assets/gavel-icon.png        # the 1024 px source
 * java packaging/icons/IconTool.java derive assets/gavel-icon.png packaging
 *     # packaging/linux/Gavel.png, packaging/windows/Gavel.ico, packaging/macos/Gavel.icns
 * </pre>
 *
 * ICO and ICNS are written here as containers of PNG images (ICO since Windows Vista, ICNS
 * since macOS 10.7), so no image tool beyond the JDK is needed.
 */
public final class IconTool {

    private static final int SOURCE_SIZE = 1024;
    private static final int LINUX_SIZE = 256;
    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    /** ICNS element types holding PNG data, by the pixel size they hold. */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("ic11", 32);   // 16 pt @2x
        ICNS_TYPES.put("ic12", 64);   // 32 pt @2x
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic13", 256);  // 128 pt @2x
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic14", 512);  // 256 pt @2x
        ICNS_TYPES.put("ic10", 1024); // 512 pt @2x
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("draw")) {
            write(draw(SOURCE_SIZE), Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("derive")) {
            BufferedImage source = ImageIO.read(Path.of(args[1]).toFile());
            if (source == null) {
                throw new IOException(args[1] + " is not an image ImageIO can read.");
            }
            Path out = Path.of(args[2]);
            write(scale(source, LINUX_SIZE), out.resolve("linux").resolve("Gavel.png"));
            writeBytes(ico(source), out.resolve("windows").resolve("Gavel.ico"));
            writeBytes(icns(source), out.resolve("macos").resolve("Gavel.icns"));
        } else {
            System.err.println("usage: IconTool draw SOURCE.png | IconTool derive SOURCE.png PACKAGING_DIR");
            System.exit(2);
        }
    }

    /** A wooden gavel striking its sound block, on a rounded indigo tile. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 1024.0, size / 1024.0);

        RoundRectangle2D tile = new RoundRectangle2D.Double(48, 48, 928, 928, 200, 200);
        g.setPaint(new GradientPaint(0, 48, new Color(0x4F46E5), 0, 976, new Color(0x312E81)));
        g.fill(tile);

        Color woodLight = new Color(0xE0A96D);
        Color wood = new Color(0xB8763A);
        Color woodDark = new Color(0x7A4A22);
        Color brass = new Color(0xF2C94C);

        // the sound block
        g.setPaint(new GradientPaint(0, 760, wood, 0, 860, woodDark));
        g.fill(new RoundRectangle2D.Double(200, 770, 480, 90, 40, 40));
        g.setPaint(woodLight);
        g.fill(new Ellipse2D.Double(220, 735, 440, 80));

        AffineTransform plain = g.getTransform();
        g.rotate(Math.toRadians(-40), 560, 470);

        // the handle
        g.setPaint(new GradientPaint(0, 450, woodLight, 0, 500, woodDark));
        g.fill(new RoundRectangle2D.Double(560, 445, 360, 50, 50, 50));

        // the head, with two brass bands
        g.setPaint(new GradientPaint(330, 0, woodLight, 560, 0, woodDark));
        g.fill(new RoundRectangle2D.Double(330, 330, 230, 280, 60, 60));
        g.setPaint(brass);
        g.fill(new RoundRectangle2D.Double(322, 370, 246, 34, 16, 16));
        g.fill(new RoundRectangle2D.Double(322, 536, 246, 34, 16, 16));
        g.setPaint(woodDark);
        g.setStroke(new BasicStroke(8f));
        g.draw(new RoundRectangle2D.Double(330, 330, 230, 280, 60, 60));

        g.setTransform(plain);
        g.dispose();
        return image;
    }

    /** Halves the image step by step (bilinear) down to {@code size}: sharper than one big step. */
    static BufferedImage scale(BufferedImage source, int size) {
        BufferedImage current = source;
        int width = source.getWidth();
        while (width > size) {
            width = Math.max(size, width / 2);
            BufferedImage next = new BufferedImage(width, width, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, width, width, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    static byte[] ico(BufferedImage source) throws IOException {
        int count = ICO_SIZES.size();
        byte[][] pngs = new byte[count][];
        for (int i = 0; i < count; i++) {
            pngs[i] = png(scale(source, ICO_SIZES.get(i)));
        }
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * count).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) count);
        int offset = 6 + 16 * count;
        for (int i = 0; i < count; i++) {
            int size = ICO_SIZES.get(i);
            byte edge = (byte) (size >= 256 ? 0 : size); // 0 means 256
            header.put(edge).put(edge).put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32);
            header.putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] png : pngs) {
            out.write(png);
        }
        return out.toByteArray();
    }

    static byte[] icns(BufferedImage source) throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(elements); // big-endian, as ICNS is
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] png = png(scale(source, type.getValue()));
            data.writeBytes(type.getKey());
            data.writeInt(8 + png.length);
            data.write(png);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + elements.size());
        file.write(elements.toByteArray());
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        writeBytes(png(image), file);
    }

    private static void writeBytes(byte[] bytes, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, bytes);
    }
}

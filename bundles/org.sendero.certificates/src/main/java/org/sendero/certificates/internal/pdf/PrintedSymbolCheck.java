package org.sendero.certificates.internal.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR symbol back the way a scanner sees a printed page: drawn with anti-aliasing at sizes where a module is
 * not a whole number of pixels, inside the page's white margin.
 */
final class PrintedSymbolCheck {

    /** Pixels per module: a page scanned at 150 and at 300 dpi with the certificate's 1.5 point modules. */
    private static final double[] SCALES = { 150 / 72.0 * 1.5, 300 / 72.0 * 1.5 };
    private static final int QUIET_MODULES = 8;

    private PrintedSymbolCheck() {
    }

    static boolean readsBack(BitMatrix symbol, String text) {
        for (double scale : SCALES) {
            if (!text.equals(read(draw(symbol, scale)))) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage draw(BitMatrix symbol, double scale) {
        int count = symbol.getWidth();
        int side = (int) Math.ceil((count + 2 * QUIET_MODULES) * scale);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, side, side);
            graphics.setColor(Color.BLACK);
            // one path, as in the PDF: modules filled one by one would leave faint seams between them
            Path2D.Double dark = new Path2D.Double();
            for (int row = 0; row < count; row++) {
                for (int column = 0; column < count; column++) {
                    if (symbol.get(column, row)) {
                        dark.append(new Rectangle2D.Double((QUIET_MODULES + column) * scale,
                                (QUIET_MODULES + row) * scale, scale, scale), false);
                    }
                }
            }
            graphics.fill(dark);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static String read(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}

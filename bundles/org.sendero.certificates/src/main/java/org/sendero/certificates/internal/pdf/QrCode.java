package org.sendero.certificates.internal.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as filled squares in the PDF's vector graphics, so it stays sharp at any printer
 * resolution and needs no image library.
 */
final class QrCode {

    private static final int MASK_PATTERNS = 8;

    private final BitMatrix modules;

    QrCode(String text) {
        modules = readableSymbol(text);
    }

    /**
     * The symbol with the standard's own choice of mask, unless a reader cannot find it on a printed page: for some
     * texts the masked data happens to look like a finder pattern and a phone's reader gives up, so the other masks are
     * tried in turn until the symbol reads back.
     */
    private static BitMatrix readableSymbol(String text) {
        BitMatrix chosen = encode(text, null);
        if (PrintedSymbolCheck.readsBack(chosen, text)) {
            return chosen;
        }
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            BitMatrix masked = encode(text, mask);
            if (PrintedSymbolCheck.readsBack(masked, text)) {
                return masked;
            }
        }
        return chosen;
    }

    private static BitMatrix encode(String text, Integer mask) {
        // level M survives a fold or a stain; the quiet zone is left to the page's white margin
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("the verification code does not fit a QR code: " + e.getMessage(), e);
        }
    }

    /** The number of modules across: 21 for the smallest code, more for a longer text. */
    int modules() {
        return modules.getWidth();
    }

    /** Draws the code with its lower left corner at (x, y), {@code size} points wide and high. */
    void draw(PDPageContentStream content, float x, float y, float size) throws IOException {
        int count = modules.getWidth();
        float module = size / count;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                // one rectangle per run of dark modules: fewer operators, no hairline gaps
                content.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }
}

package org.sendero.certificates.internal.pdf;

import java.io.IOException;
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

    private final BitMatrix modules;

    QrCode(String text) {
        try {
            // level M survives a fold or a stain; the quiet zone is left to the page's white margin
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
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

package org.sendero.certificates.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A printed QR code reads back even when the standard's choice of mask would leave it unreadable. */
class QrCodeTest {

    /**
     * A verification code as long as a long course's, whose symbol with the standard's mask a reader cannot find once
     * printed (found by trying texts; the test checks it still is so).
     */
    private static final String HARD_TEXT = randomCode(9);

    private static String randomCode(long seed) {
        byte[] bytes = new byte[640];
        new Random(seed).nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @ParameterizedTest
    @ValueSource(ints = { 150, 300 })
    void aSymbolTheStandardMaskLeavesUnreadableIsPrintedWithAnotherAndReadsBack(int dpi) throws Exception {
        BitMatrix standard = new QRCodeWriter().encode(HARD_TEXT, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        assertFalse(PrintedSymbolCheck.readsBack(standard, HARD_TEXT), "the text still makes an unreadable symbol");

        QrCode code = new QrCode(HARD_TEXT);

        assertEquals(HARD_TEXT, scan(printed(code, dpi)));
    }

    /** The code drawn in the PDF as on a certificate (1.5 point modules, white around it), rendered like a scan. */
    private static BufferedImage printed(QrCode code, int dpi) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, 300));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float size = code.modules() * 1.5f;
                code.draw(content, (300 - size) / 2, (300 - size) / 2, size);
            }
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        }
    }

    private static String scan(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}

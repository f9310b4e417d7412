package org.sendero.certificates.internal.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text as a standard font can show it: what it cannot encode becomes '?', never an exception. */
final class Printable {

    private Printable() {
    }

    static String of(String text, PDFont font) {
        StringBuilder shown = new StringBuilder(text.length());
        // French puts a narrow no-break space before '%' and ':'; the font has the ordinary one
        text.replace('\u202F', '\u00A0').replaceAll("\\R", " ").codePoints().forEach(point -> {
            String character = new String(Character.toChars(point));
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }
}

package org.sendero.content.internal.cli;

/**
 * Text from a pack (titles, file names, values quoted in problems) made safe to print on a
 * terminal. A control character could move the cursor, recolour or clear the screen, retitle the
 * window or hide the rest of a line (ESC sequences, or C1 codes such as U+009B, the one-character
 * CSI), so a pack could make its own line say something else. Line breaks and tabs become spaces,
 * so one problem stays one line; every other C0 and C1 control, and DEL, is dropped.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String safe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (safe == null) {
                    safe = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (c == '\t' || c == '\n' || c == '\r') {
                    safe.append(' ');
                }
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    /** For JSON, which stays exact: C1 controls as \\u escapes (JSON quoting already escapes C0 ones). */
    static String escapeC1(String json) {
        StringBuilder escaped = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c >= 0x7F && c <= 0x9F) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}

package org.sendero.cli;

import java.util.Locale;

/**
 * A string written as a JSON string literal, for the {@code --json} output of the subcommands
 * (and the exports) that scripts read: quotes, backslashes and control characters escaped, and the
 * two line separators JavaScript does not accept in a literal.
 */
public final class JsonText {

    private JsonText() {
    }

    /** {@code "text"} escaped; {@code null} for a missing value. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2);
        append(text, out);
        return out.toString();
    }

    public static void append(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

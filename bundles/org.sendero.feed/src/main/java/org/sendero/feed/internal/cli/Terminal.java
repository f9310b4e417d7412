package org.sendero.feed.internal.cli;

/**
 * Text from a feed (ids, file names, URLs) made safe to print: a feed.json or a server could hold
 * control characters that move a terminal's cursor or recolour it and so make a refusal look like
 * a success. Line breaks and tabs become spaces, other C0 and C1 controls are dropped; JSON keeps
 * them exactly, as escapes.
 */
final class Terminal {

    private Terminal() {
    }

    static String safe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                safe.append(' ');
            } else if (!isControl(c)) {
                safe.append((char) c);
            }
        });
        return safe.toString();
    }

    static String escapeC1(String json) {
        StringBuilder escaped = new StringBuilder(json.length());
        json.chars().forEach(c -> escaped.append(c >= 0x7F && c <= 0x9F ? String.format("\\u%04x", c) : (char) c));
        return escaped.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}

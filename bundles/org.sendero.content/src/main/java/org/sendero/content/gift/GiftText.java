package org.sendero.content.gift;

/** GIFT's escapes: {@code \~ \= \# \{ \} \:} stand for the character, {@code \n} for a new line. */
final class GiftText {

    private static final String SPECIAL = "~=#{}:\\";

    private GiftText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                continue;
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The index of the first {@code target} at or after {@code from} that is not escaped; -1 if none. */
    static int find(String text, String target, int from) {
        for (int i = from; i <= text.length() - target.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first place from {@code from} on that is not white space; the end when there is none. */
    static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

package org.sendero.core;

/**
 * The one way Sendero writes text into HTML and reads it back: the reader's pages, the HTML
 * reports and the search passages all escape with it, so that text shows as written wherever it
 * lands (element text and quoted attributes alike).
 */
public final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} as entities; every other character, accents and emoji included, as it is. */
    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends characters {@code start} (inclusive) to {@code end} (exclusive) of {@code text}, escaped as {@link #escape} does. */
    public static void appendEscaped(StringBuilder out, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // a surrogate is copied as it is, so a character outside the BMP stays whole
                default -> out.append(c);
            }
        }
    }

    /**
     * Text escaped by {@link #escape} back to what was written: the entities it writes (and
     * {@code &apos;}) become characters again; any other ampersand stays as it is.
     */
    public static String unescape(CharSequence html) {
        String text = html.toString();
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != '&') {
                out.append(c);
                at++;
                continue;
            }
            int semicolon = text.indexOf(';', at);
            String entity = semicolon < 0 ? "" : text.substring(at, semicolon + 1);
            String decoded = switch (entity) {
                case "&amp;" -> "&";
                case "&lt;" -> "<";
                case "&gt;" -> ">";
                case "&quot;" -> "\"";
                case "&#39;", "&apos;" -> "'";
                default -> null;
            };
            if (decoded == null) {
                out.append(c);
                at++;
            } else {
                out.append(decoded);
                at += entity.length();
            }
        }
        return out.toString();
    }
}

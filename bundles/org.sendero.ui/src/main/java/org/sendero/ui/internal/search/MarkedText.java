package org.sendero.ui.internal.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of a search result as plain text with the ranges the search marked. The search gives
 * passages as escaped HTML with {@code <b>} around matching words; a table cell or a text widget
 * needs the text and the ranges to draw in bold instead.
 *
 * @param marks the marked ranges, in order, never overlapping
 */
public record MarkedText(String text, List<Mark> marks) {

    /** One marked range of the text. */
    public record Mark(int start, int length) {

        public int end() {
            return start + length;
        }
    }

    public MarkedText {
        marks = List.copyOf(marks);
    }

    /** Reads a passage as the search writes it: escaped text, {@code <b>} marks, no other tags. */
    public static MarkedText parse(String html) {
        StringBuilder text = new StringBuilder(html.length());
        List<Mark> marks = new ArrayList<>();
        int markStart = -1;
        int at = 0;
        while (at < html.length()) {
            char c = html.charAt(at);
            if (html.startsWith("<b>", at)) {
                markStart = text.length();
                at += 3;
            } else if (html.startsWith("</b>", at)) {
                if (markStart >= 0 && text.length() > markStart) {
                    marks.add(new Mark(markStart, text.length() - markStart));
                }
                markStart = -1;
                at += 4;
            } else if (c == '&') {
                int semicolon = html.indexOf(';', at);
                String entity = semicolon < 0 ? "" : html.substring(at, semicolon + 1);
                String decoded = switch (entity) {
                    case "&amp;" -> "&";
                    case "&lt;" -> "<";
                    case "&gt;" -> ">";
                    case "&quot;" -> "\"";
                    case "&#39;", "&apos;" -> "'";
                    default -> null;
                };
                if (decoded == null) {
                    text.append(c);
                    at++;
                } else {
                    text.append(decoded);
                    at += entity.length();
                }
            } else {
                text.append(c);
                at++;
            }
        }
        return new MarkedText(text.toString(), marks);
    }

    /** The marked words themselves, as they appear in the passage. */
    public List<String> markedWords() {
        return marks.stream().map(mark -> text.substring(mark.start(), mark.end())).toList();
    }
}

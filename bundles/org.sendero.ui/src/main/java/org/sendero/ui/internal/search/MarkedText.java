package org.sendero.ui.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.sendero.core.Html;

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
            if (html.startsWith("<b>", at)) {
                markStart = text.length();
                at += 3;
            } else if (html.startsWith("</b>", at)) {
                if (markStart >= 0 && text.length() > markStart) {
                    marks.add(new Mark(markStart, text.length() - markStart));
                }
                markStart = -1;
                at += 4;
            } else {
                // the text up to the next mark, its entities back to characters
                int next = nextTag(html, at);
                text.append(Html.unescape(html.substring(at, next)));
                at = next;
            }
        }
        return new MarkedText(text.toString(), marks);
    }

    /** Where the next {@code <b>} or {@code </b>} after {@code from} starts; the end when there is none. */
    private static int nextTag(String html, int from) {
        int open = html.indexOf("<b>", from + 1);
        int close = html.indexOf("</b>", from + 1);
        int next = html.length();
        if (open >= 0) {
            next = open;
        }
        if (close >= 0 && close < next) {
            next = close;
        }
        return next;
    }

    /** The marked words themselves, as they appear in the passage. */
    public List<String> markedWords() {
        return marks.stream().map(mark -> text.substring(mark.start(), mark.end())).toList();
    }
}

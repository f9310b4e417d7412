package org.sendero.content.internal.markdown;

import java.util.Optional;

/**
 * Markdown that the parser and renderer cannot take, found by reading the text line by line before
 * it is parsed. flexmark recurses once per nested block quote or list, and matches a line of '*',
 * '-' or '_' with a regular expression that recurses once per character: a few hundred levels or a
 * line of some two thousand '*' exhaust the stack. No real document comes near these limits.
 */
public final class MarkdownLimits {

    /** Block quotes and list items opened on one line ({@code > > - 1. ...}). */
    public static final int MAX_NESTING = 32;
    /** Columns of indentation before a line's text: lists nested by indentation take two or more per level. */
    public static final int MAX_INDENT = 128;
    /** '*', '_' or '-' in a row (spaces between them included): a ruled line needs three. */
    public static final int MAX_RUN = 256;

    /** What is wrong and where, 1-based in the text that was checked. */
    public record Excess(int line, int column, String message) {
    }

    private MarkdownLimits() {
    }

    /** The first place where {@code text} goes beyond a limit, if any. */
    public static Optional<Excess> check(String text) {
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            lineNumber++;
            int first = start;
            int line = lineNumber;
            Optional<Excess> excess = nesting(text, first, lineEnd, line).or(() -> run(text, first, lineEnd, line));
            if (excess.isPresent()) {
                return excess;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** Counts the containers a line opens: '>', list markers, and the indentation between them. */
    private static Optional<Excess> nesting(String text, int start, int end, int line) {
        int markers = 0;
        int indent = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                indent += c == '\t' ? 4 : 1;
                if (indent > MAX_INDENT) {
                    return Optional.of(new Excess(line, i - start + 1, "indented by more than " + MAX_INDENT
                            + " columns: lists nested that deep cannot be shown"));
                }
                i++;
                continue;
            }
            int after = containerMarkerEnd(text, i, end);
            if (after < 0) {
                break;
            }
            if (++markers > MAX_NESTING) {
                return Optional.of(new Excess(line, i - start + 1, "block quotes and lists nested deeper than "
                        + MAX_NESTING + " levels"));
            }
            i = after;
        }
        return Optional.empty();
    }

    /** The index after a block quote or list marker at {@code i}, or -1 when there is none. */
    private static int containerMarkerEnd(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if (c == '-' || c == '+' || c == '*') {
            return endsMarker(text, i + 1, end) ? i + 1 : -1;
        }
        int digits = i;
        while (digits < end && digits - i < 9 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > i && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && endsMarker(text, digits + 1, end)) {
            return digits + 1;
        }
        return -1;
    }

    /** A list marker is followed by a space, a tab or the end of the line. */
    private static boolean endsMarker(String text, int i, int end) {
        return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r';
    }

    /** A run of one of '*', '_', '-', the spaces and tabs between them included. */
    private static Optional<Excess> run(String text, int start, int end, int line) {
        char current = 0;
        int count = 0;
        int runStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '-') {
                if (c != current) {
                    current = c;
                    count = 0;
                    runStart = i;
                }
                if (++count > MAX_RUN) {
                    return Optional.of(new Excess(line, runStart - start + 1, "a run of more than " + MAX_RUN + " '"
                            + c + "' characters"));
                }
            } else if (c != ' ' && c != '\t') {
                current = 0;
            }
        }
        return Optional.empty();
    }
}

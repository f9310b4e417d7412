package org.sendero.progress.notes;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a quote is looked for in it: lower case, accents dropped, each run of white space one
 * space, with the way back to the original text, so that what is found there can be marked. A
 * selection copied from the page and the same words in the document's text then compare equal
 * however the lines were broken.
 */
public final class FoldedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String folded;
    /** For each folded char, the index of the original char it comes from. */
    private final int[] origin;

    private FoldedText(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    public static FoldedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 1];
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    origin = add(out, origin, ' ', i);
                }
            } else {
                String piece = MARKS
                        .matcher(Normalizer.normalize(text.substring(i, i + width), Normalizer.Form.NFD))
                        .replaceAll("").toLowerCase(Locale.ROOT);
                for (int k = 0; k < piece.length(); k++) {
                    origin = add(out, origin, piece.charAt(k), i + (k < width ? k : width - 1));
                }
            }
            i += width;
        }
        return new FoldedText(out.toString(), origin);
    }

    private static int[] add(StringBuilder out, int[] origin, char c, int from) {
        int[] room = out.length() < origin.length ? origin : java.util.Arrays.copyOf(origin, origin.length * 2);
        room[out.length()] = from;
        out.append(c);
        return room;
    }

    /** The folded form of {@code text}, without white space at either end: what a quote is looked for as. */
    public static String fold(String text) {
        return of(text).folded().strip();
    }

    public String folded() {
        return folded;
    }

    /** Where folded char {@code index} starts in the original text. */
    public int start(int index) {
        return origin[index];
    }

    /** Where folded text ending before {@code end} ends in the original text. */
    public int end(int end, String original) {
        if (end <= 0) {
            return 0;
        }
        int last = origin[end - 1];
        return last + Character.charCount(original.codePointAt(last));
    }
}

package org.sendero.progress.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a learner's name may be. Learners pick their name from a list on a shared PC, so two names
 * must never look the same: characters that show nothing (zero-width spaces and joiners, bidi
 * controls that reorder the text, fillers) are refused rather than silently removed, so that what
 * is stored is what the person typed and saw. Names are stored composed (NFC), so "José" typed
 * with a combining accent is the same text as "José" typed with one key.
 */
final class LearnerNames {

    static final int LONGEST = 60;

    /** Any run of white space, including no-break and other Unicode spaces and line separators. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private LearnerNames() {
    }

    /**
     * The name as stored: composed, spaces collapsed and trimmed.
     *
     * @throws IllegalArgumentException with a one-line reason naming the refused character
     */
    static String clean(String name) {
        String composed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        String clean = SPACES.matcher(composed).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a learner's name is empty");
        }
        if (clean.length() > LONGEST) {
            throw new IllegalArgumentException("a learner's name is longer than " + LONGEST + " characters");
        }
        clean.codePoints().forEach(LearnerNames::check);
        return clean;
    }

    private static void check(int c) {
        String reason = switch (Character.getType(c)) {
            case Character.CONTROL -> "a control character";
            case Character.FORMAT -> "an invisible character";
            case Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> "a character with no agreed shape";
            default -> invisibleLetterOrMark(c) ? "an invisible character" : null;
        };
        if (reason != null) {
            throw new IllegalArgumentException("a learner's name contains " + reason + " ("
                    + String.format(Locale.ROOT, "U+%04X", c) + ")");
        }
    }

    /**
     * Unicode's default-ignorable characters that are not format characters (Cf): the combining
     * grapheme joiner, Hangul and Khmer fillers, Mongolian and other variation selectors. Fonts draw
     * them as nothing.
     */
    private static boolean invisibleLetterOrMark(int c) {
        return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F)
                || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFA0 || (c >= 0xE0100 && c <= 0xE01EF);
    }
}

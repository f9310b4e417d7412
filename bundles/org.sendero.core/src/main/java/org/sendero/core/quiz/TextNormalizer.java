package org.sendero.core.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes typed answers comparable: officials type on keyboards without accents, in any case, with
 * stray spaces. "  Tráfico   ILÍCITO " and "trafico ilicito" are the same answer.
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private TextNormalizer() {
    }

    /** Decomposed (NFKD), combining marks removed, lower case, runs of white space as one space, trimmed. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

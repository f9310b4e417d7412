package org.sendero.content.authoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.sendero.content.internal.pack.Vocabulary;

/** Ids as the pack format allows them: made from a title, and checked before anything is written. */
public final class Ids {

    /** Long enough for a title's words, short enough for file names on every system. */
    public static final int MAX_LENGTH = 60;

    private Ids() {
    }

    /**
     * The id a title suggests: accents folded (Señal de alerta → senal-de-alerta), everything that is
     * not a letter or digit turned into one dash, cut at a dash before {@link #MAX_LENGTH}. Empty
     * when the title has no letter or digit a file name can carry.
     */
    public static String fromTitle(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("œ", "oe").replace("Œ", "oe").replace("ł", "l").replace("Ł", "l")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int dash = slug.lastIndexOf('-');
            slug = dash > 0 ? slug.substring(0, dash) : slug;
        }
        return slug;
    }

    /** Why {@code id} cannot be used, in a sentence for the form that asked for it; empty when it can. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("the id is empty: use lowercase letters, digits and dashes, e.g. border-referral");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("the id '" + id + "' is longer than " + MAX_LENGTH + " characters");
        }
        if (!Vocabulary.ID.matcher(id).matches()) {
            return Optional.of("the id '" + id + "' must be lowercase letters, digits and single dashes,"
                    + " without a dash at the start or end, e.g. " + suggestion(id));
        }
        return Optional.empty();
    }

    private static String suggestion(String id) {
        String slug = fromTitle(id);
        return slug.isEmpty() ? "border-referral" : slug;
    }

    /** A language code of the format: two or three lowercase letters. */
    public static Optional<String> languageProblem(String lang) {
        if (lang == null || !Vocabulary.LANGUAGE.matcher(lang).matches()) {
            return Optional.of("'" + lang + "' is not a language code such as en, es or fr");
        }
        return Optional.empty();
    }
}

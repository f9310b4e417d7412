package org.sendero.ui.internal.glossary;

import java.text.Normalizer;
import java.util.Locale;

import org.sendero.core.content.GlossaryTerm;

/**
 * What a person typed in the glossary's filter box. People often type without accents or
 * capitals, so both are ignored: "trafico" finds "tráfico ilícito de migrantes", "ETRE" finds
 * "êtres humains". A term matches when one of its words, in any language, contains the text.
 */
public record TermFilter(String folded) {

    public static TermFilter of(String typed) {
        return new TermFilter(fold(typed == null ? "" : typed.strip()));
    }

    public boolean isEmpty() {
        return folded.isEmpty();
    }

    public boolean matches(GlossaryTerm term) {
        return isEmpty() || term.terms().values().stream().flatMap(java.util.List::stream)
                .anyMatch(form -> fold(form).contains(folded));
    }

    /** The text without accents, in lower case, its white space made single spaces. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }
}

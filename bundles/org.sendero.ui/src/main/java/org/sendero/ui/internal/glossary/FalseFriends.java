package org.sendero.ui.internal.glossary;

import java.util.List;

import org.sendero.core.content.GlossaryTerm;

/**
 * Which glossary terms are false friends: terms whose word in one language looks like a word of
 * another language that means something else (Spanish "tráfico" is not English "trafficking").
 * The pack's glossary has no field for it; its authors say so at the head of the term's note, in
 * each language ("False friend:", "Falso amigo:", "Faux ami :"), and that is what is read here.
 */
public final class FalseFriends {

    /** The words that open such a note, folded as {@link TermFilter#fold} does. */
    private static final List<String> MARKERS = List.of("false friend", "falso amigo", "faux ami");

    private FalseFriends() {
    }

    public static boolean flagged(GlossaryTerm term) {
        return term.note().byLanguage().values().stream().map(TermFilter::fold)
                .anyMatch(note -> MARKERS.stream().anyMatch(note::contains));
    }
}

package org.sendero.ui.internal.library;

import java.text.Normalizer;
import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * The library's filter box: a row stays when its label contains what was typed, ignoring case and
 * accents, so "trafico" finds "Tráfico ilícito" on a keyboard without accents.
 */
public final class TextFilter extends ViewerFilter {

    private String typed = "";

    public void setPattern(String pattern) {
        typed = pattern == null ? "" : fold(pattern.strip());
    }

    /**
     * A row stays when it matches, when a row below it does (so that the match can be seen), or
     * when the group it is in matches (typing a topic shows its documents).
     */
    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return typed.isEmpty() || matches((LibraryNode) element)
                || parent instanceof LibraryNode group && fold(group.label()).contains(typed);
    }

    private boolean matches(LibraryNode node) {
        return fold(node.label()).contains(typed) || node.children().stream().anyMatch(this::matches);
    }

    /** Lowercase without accents: "Tráfico" and "trafico" fold to the same text. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}

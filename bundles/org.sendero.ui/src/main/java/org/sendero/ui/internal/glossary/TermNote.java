package org.sendero.ui.internal.glossary;

import java.text.BreakIterator;
import java.util.Locale;

/** The short form of a glossary note for a popup: its first sentence, cut at a word if it is still long. */
public final class TermNote {

    static final int MAX_LENGTH = 220;

    private TermNote() {
    }

    public static String shortNote(String note, String language) {
        String text = note.strip();
        if (text.isEmpty()) {
            return "";
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        sentences.setText(text);
        int end = sentences.next();
        String first = (end == BreakIterator.DONE ? text : text.substring(0, end)).strip();
        if (first.length() <= MAX_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX_LENGTH - 1);
        return first.substring(0, cut > 0 ? cut : MAX_LENGTH - 1).strip() + "\u2026";
    }
}

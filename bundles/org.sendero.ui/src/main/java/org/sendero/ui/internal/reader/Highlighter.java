package org.sendero.ui.internal.reader;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a search in rendered HTML, so that a reader opened from a result sees why it
 * matched. Only text between tags is touched, and matching ignores case and accents, as search
 * does ("nino" marks "niños").
 */
public final class Highlighter {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final int MIN_LENGTH = 3;

    private Highlighter() {
    }

    public static String mark(String html, List<String> terms) {
        List<String> folded = terms.stream().map(Highlighter::fold).filter(term -> term.length() >= MIN_LENGTH)
                .distinct()
                .toList();
        if (folded.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            out.append(markText(html.substring(at, tag.start()), folded));
            out.append(tag.group());
            at = tag.end();
        }
        out.append(markText(html.substring(at), folded));
        return out.toString();
    }

    /**
     * Marks each word of {@code text} that starts with a term: a search for "trafic" marks
     * "tráfico" and "traficantes", the way stemming finds them.
     */
    private static String markText(String text, List<String> terms) {
        if (text.isBlank()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher word = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        int at = 0;
        while (word.find()) {
            String folded = fold(word.group());
            if (terms.stream().anyMatch(folded::startsWith)) {
                out.append(text, at, word.start()).append("<mark>").append(word.group()).append("</mark>");
                at = word.end();
            }
        }
        return out.append(text.substring(at)).toString();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}

package org.sendero.ui.internal.searchpage;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.sendero.search.SearchHit;
import org.sendero.ui.internal.search.MarkedText;

/**
 * The results page as one styled text: per document a title line, a line with the breadcrumb and
 * the badges, the best section's passages (one paragraph each, the words found in bold) and a link
 * line per other matching section. Every passage and link is an item a person can select; a
 * document whose best section has no passage offers its title instead.
 */
final class ResultsText {

    /**
     * A selectable paragraph: a passage of {@code hit}, or a link to its section, or (when
     * {@code similar}) the link that looks for documents like its document.
     */
    record Item(int row, SearchHit hit, int start, int end, boolean link, boolean similar) {

        Item(int row, SearchHit hit, int start, int end, boolean link) {
            this(row, hit, start, end, link, false);
        }
    }

    /** A range of the text that belongs to a row (its title, or the whole row). */
    record Span(int row, int start, int end) {

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** The fonts and colours the text is drawn with. */
    record Look(Font bold, Color quiet, Color link, Color languageBadge, Color kindBadge, Color badgeText) {
    }

    /** What to show: the text, its styles, its items in order, the titles and the rows. */
    record Rendered(String text, List<StyleRange> styles, List<Item> items, List<Span> titles, List<Span> rows) {
    }

    private static final String LINK_MARK = "\u21b3 ";

    private final RowWords words;
    private final Look look;

    ResultsText(RowWords words, Look look) {
        this.words = words;
        this.look = look;
    }

    Rendered render(List<DocumentRow> rows) {
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Span> titles = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            DocumentRow document = rows.get(row);
            SearchHit best = document.best();
            int rowStart = text.length();
            if (row > 0) {
                text.append('\n');
                rowStart = text.length();
            }
            int titleStart = text.length();
            text.append(words.title(best));
            StyleRange title = new StyleRange(titleStart, text.length() - titleStart, look.link(), null, SWT.BOLD);
            title.font = look.bold();
            styles.add(title);
            titles.add(new Span(row, titleStart, text.length()));
            text.append('\n');

            int placeStart = text.length();
            text.append(words.breadcrumb(best));
            styles.add(new StyleRange(placeStart, text.length() - placeStart, look.quiet(), null));
            text.append("  ");
            badge(text, styles, RowWords.languageBadge(best), look.languageBadge());
            // the badges stay together when the line wraps
            text.append('\u00a0');
            badge(text, styles, RowWords.kindBadge(best), look.kindBadge());
            text.append('\n');

            if (best.snippets().isEmpty()) {
                items.add(new Item(row, best, titleStart, titleStart + words.title(best).length(), true));
            }
            for (String snippet : best.snippets()) {
                MarkedText passage = MarkedText.parse(snippet);
                int start = text.length();
                text.append(passage.text().replace('\n', ' ').replace('\r', ' '));
                for (MarkedText.Mark mark : passage.marks()) {
                    styles.add(new StyleRange(start + mark.start(), mark.length(), null, null, SWT.BOLD));
                }
                items.add(new Item(row, best, start, text.length(), false));
                text.append('\n');
            }
            for (SearchHit other : document.others()) {
                int start = text.length();
                text.append(LINK_MARK).append(words.section(other));
                StyleRange link = new StyleRange(start + LINK_MARK.length(), text.length() - start - LINK_MARK.length(),
                        look.link(), null);
                link.underline = true;
                link.underlineStyle = SWT.UNDERLINE_LINK;
                styles.add(link);
                items.add(new Item(row, other, start, text.length(), true));
                text.append('\n');
            }
            int similarStart = text.length();
            text.append(LINK_MARK).append(words.moreLikeThis());
            StyleRange similar = new StyleRange(similarStart + LINK_MARK.length(),
                    text.length() - similarStart - LINK_MARK.length(), look.quiet(), null);
            similar.underline = true;
            similar.underlineStyle = SWT.UNDERLINE_LINK;
            styles.add(similar);
            items.add(new Item(row, best, similarStart, text.length(), true, true));
            text.append('\n');
            spans.add(new Span(row, rowStart, text.length()));
        }
        return new Rendered(text.toString(), styles, items, titles, spans);
    }

    /** A word in a coloured box, with a space inside each side so the colour does not touch the letters. */
    private void badge(StringBuilder text, List<StyleRange> styles, String word, Color background) {
        int start = text.length();
        text.append('\u00a0').append(word.replace(' ', '\u00a0')).append('\u00a0');
        StyleRange range = new StyleRange(start, text.length() - start, look.badgeText(), background, SWT.BOLD);
        range.font = look.bold();
        styles.add(range);
    }
}

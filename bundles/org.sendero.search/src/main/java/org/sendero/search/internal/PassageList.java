package org.sendero.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.sendero.core.Html;

/**
 * Keeps each highlighted passage apart (Lucene's formatter joins them) and formats it with
 * Lucene's formatter: matches in {@code <b>} marks, the text escaped for HTML.
 */
final class PassageList extends PassageFormatter {

    private final DefaultPassageFormatter single = new HtmlText();

    @Override
    public Object format(Passage[] passages, String content) {
        List<String> result = new ArrayList<>(passages.length);
        for (Passage passage : passages) {
            String text = single.format(new Passage[] { passage }, content).strip();
            if (!text.isEmpty()) {
                result.add(text);
            }
        }
        return result;
    }

    /**
     * Escapes only what HTML needs ({@code & < > " '}, as {@link Html} does); Lucene's default also turns every accented
     * Latin letter into a numeric entity, which Spanish and French text is full of.
     */
    private static final class HtmlText extends DefaultPassageFormatter {

        HtmlText() {
            super("<b>", "</b>", "", false);
        }

        @Override
        protected void append(StringBuilder dest, String content, int start, int end) {
            Html.appendEscaped(dest, content, start, end);
        }
    }
}

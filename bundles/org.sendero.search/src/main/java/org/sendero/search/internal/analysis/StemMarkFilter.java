package org.sendero.search.internal.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Writes each word's stem after it, at the same position, with {@link TextAnalysis#STEM_MARK}
 * before it, so that one field holds both the exact words and their stems: a quoted phrase
 * searches the exact words, a plain word its stem, and the highlighter finds both in the same
 * postings.
 *
 * <p>Most words are their own stem in every language; the index holds such a word once, unmarked,
 * rather than twice (postings are most of the cost of indexing). So:
 * <ul>
 * <li>{@link Mode#INDEX}: each word, then its marked stem unless the word is its own stem
 * everywhere;</li>
 * <li>{@link Mode#QUERY}: only the marked stem of each word and, when the stem is its own stem
 * everywhere, the stem unmarked at the same position (Lucene makes one synonym query of the two,
 * and {@link WordSimilarity} weighs them as one term in phrases).</li>
 * </ul>
 */
final class StemMarkFilter extends TokenFilter {

    enum Mode {
        INDEX, QUERY
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Mode mode;
    private final Stems stems;
    /** What comes next at the current position, before reading on; null when nothing. */
    private char[] next;
    private int nextOffset;

    StemMarkFilter(TokenStream input, Language language, Mode mode) {
        super(input);
        this.stems = new Stems(language);
        this.mode = mode;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next != null) {
            term.copyBuffer(next, nextOffset, next.length - nextOffset);
            position.setPositionIncrement(0);
            next = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        Stems.Stem stem = stems.of(term.buffer(), term.length());
        if (mode == Mode.INDEX) {
            if (!stem.own() || !stem.isWord()) {
                next = stem.marked();
                nextOffset = 0;
            }
        } else {
            term.copyBuffer(stem.marked(), 0, stem.marked().length);
            if (stem.own()) {
                next = stem.marked();
                nextOffset = 1;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = null;
    }
}

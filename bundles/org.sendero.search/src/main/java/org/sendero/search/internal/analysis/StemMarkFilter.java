package org.sendero.search.internal.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Puts {@link TextAnalysis#STEM_MARK} before every stemmed token, so that one field holds both the
 * exact words and their stems: a quoted phrase searches the exact words, a plain word its stem, and
 * the highlighter finds both in the same postings. Tokens marked as keywords (the exact copies made
 * by KeywordRepeatFilter) pass unchanged.
 */
final class StemMarkFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    StemMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            int length = term.length();
            char[] buffer = term.resizeBuffer(length + 1);
            System.arraycopy(buffer, 0, buffer, 1, length);
            buffer[0] = TextAnalysis.STEM_MARK;
            term.setLength(length + 1);
        }
        return true;
    }
}

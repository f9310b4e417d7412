package org.sendero.search.internal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 where a word and its marked stem at one position of a phrase weigh as one term. A query
 * stem that is a word of its own is searched both marked and unmarked (see
 * {@link TextAnalysis#stems(Language)}); Lucene scores a phrase by the sum of its terms' weights,
 * which would count such a word twice. The pair is scored as Lucene's synonym query scores it: the
 * larger document frequency, the summed term frequency.
 */
public final class WordSimilarity extends BM25Similarity {

    @Override
    public Explanation idfExplain(CollectionStatistics collection, TermStatistics[] terms) {
        if (terms.length < 2) {
            return super.idfExplain(collection, terms);
        }
        List<TermStatistics> words = new ArrayList<>(Arrays.asList(terms));
        boolean paired = false;
        for (int i = 0; i < words.size(); i++) {
            TermStatistics stem = words.get(i);
            if (!isMarked(stem.term())) {
                continue;
            }
            for (int j = 0; j < words.size(); j++) {
                TermStatistics word = words.get(j);
                if (!isMarked(word.term()) && sameWord(stem.term(), word.term())) {
                    words.set(Math.min(i, j), new TermStatistics(word.term(), Math.max(stem.docFreq(), word.docFreq()),
                            stem.totalTermFreq() + word.totalTermFreq()));
                    words.remove(Math.max(i, j));
                    paired = true;
                    i = -1; // the list changed: look again from the start
                    break;
                }
            }
        }
        return super.idfExplain(collection, paired ? words.toArray(TermStatistics[]::new) : terms);
    }

    private static boolean isMarked(BytesRef term) {
        return term.length > 0 && term.bytes[term.offset] == TextAnalysis.STEM_MARK;
    }

    private static boolean sameWord(BytesRef stem, BytesRef word) {
        return stem.length == word.length + 1 && Arrays.equals(stem.bytes, stem.offset + 1, stem.offset + stem.length,
                word.bytes, word.offset, word.offset + word.length);
    }
}

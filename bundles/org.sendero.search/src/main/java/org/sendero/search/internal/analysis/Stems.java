package org.sendero.search.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stems of one language's words, by Lucene's stemmers, remembered for the most recent
 * {@value #REMEMBERED} words (a text repeats the same few thousand words: most are looked up rather
 * than stemmed again). Also tells whether a stem is its own stem in every language: only such a
 * word can stand for its stem in the index, since a query's stem then means the same word whatever
 * the language of the document it is found in. Not thread-safe: each token stream has its own.
 */
final class Stems {

    private static final int REMEMBERED = 20_000;

    /**
     * @param marked the stem with {@link TextAnalysis#STEM_MARK} before it
     * @param own whether the stem is its own stem in every language
     * @param isWord whether the stem is the word it was made from
     */
    record Stem(char[] marked, boolean own, boolean isWord) {
    }

    private final Stemmer language;
    private final Stemmer[] every;
    private final CharArrayMap<Stem> remembered = new CharArrayMap<>(1024, false);

    Stems(Language language) {
        this.language = new Stemmer(language);
        this.every = Arrays.stream(Language.values()).filter(l -> l != Language.OTHER).map(Stemmer::new)
                .toArray(Stemmer[]::new);
    }

    Stem of(char[] word, int length) {
        Stem stem = remembered.get(word, 0, length);
        if (stem == null) {
            stem = stem(word, length);
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            remembered.put(Arrays.copyOf(word, length), stem);
        }
        return stem;
    }

    private Stem stem(char[] word, int length) {
        CharTermAttribute stemmed = language.stem(word, length);
        char[] marked = new char[stemmed.length() + 1];
        marked[0] = TextAnalysis.STEM_MARK;
        System.arraycopy(stemmed.buffer(), 0, marked, 1, stemmed.length());
        boolean own = true;
        for (Stemmer stemmer : every) {
            CharTermAttribute again = stemmer.stem(marked, 1, marked.length - 1);
            own &= Arrays.equals(again.buffer(), 0, again.length(), marked, 1, marked.length);
        }
        return new Stem(marked, own, Arrays.equals(marked, 1, marked.length, word, 0, length));
    }

    /** One language's stemmer over a token stream of one word at a time. */
    private static final class Stemmer {
        private final OneWord source = new OneWord();
        private final TokenStream stemmed;

        Stemmer(Language language) {
            stemmed = language.stem(source);
        }

        CharTermAttribute stem(char[] word, int length) {
            return stem(word, 0, length);
        }

        CharTermAttribute stem(char[] word, int offset, int length) {
            source.set(word, offset, length);
            try {
                stemmed.incrementToken();
            } catch (IOException e) {
                throw new UncheckedIOException("stemming a word in memory cannot fail", e);
            }
            return source.term;
        }
    }

    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private boolean pending;

        void set(char[] word, int offset, int length) {
            clearAttributes();
            term.copyBuffer(word, offset, length);
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            boolean result = pending;
            pending = false;
            return result;
        }
    }
}

package org.sendero.search.internal.analysis;

import java.util.Locale;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The languages the library is analysed in, each with Lucene's own stop words and light stemmer.
 * Any other language is indexed without stop words and stems, so its words still match exactly.
 */
public enum Language {

    EN("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "kstem"), ES("es", SpanishAnalyzer.getDefaultStopSet(),
            "spanish-light"), FR("fr", FrenchAnalyzer.getDefaultStopSet(),
                    "french-light,elision"), OTHER("", CharArraySet.EMPTY_SET, "none");

    private final String code;
    /** Folded as the tokens are, so that "más" and "mas" are both stop words. */
    private final CharArraySet stopWords;
    private final String stemmer;

    Language(String code, CharArraySet stopWords, String stemmer) {
        this.code = code;
        this.stopWords = folded(stopWords);
        this.stemmer = stemmer;
    }

    public String code() {
        return code;
    }

    public static Language of(String code) {
        String lower = code == null ? "" : code.toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language != OTHER && (lower.equals(language.code) || lower.startsWith(language.code + "-"))) {
                return language;
            }
        }
        return OTHER;
    }

    CharArraySet stopWords() {
        return stopWords;
    }

    /** What runs before stop words: elision of French articles (l'enfant), English possessives. */
    TokenStream beforeStop(TokenStream tokens) {
        return switch (this) {
            case EN -> new EnglishPossessiveFilter(tokens);
            case FR -> new ElisionFilter(tokens, FrenchAnalyzer.DEFAULT_ARTICLES);
            default -> tokens;
        };
    }

    TokenStream stem(TokenStream tokens) {
        return switch (this) {
            case EN -> new KStemFilter(tokens);
            case ES -> new SpanishLightStemFilter(tokens);
            case FR -> new FrenchLightStemFilter(tokens);
            case OTHER -> tokens;
        };
    }

    /** Written into the index's commit data: a change here makes the next start rebuild the index. */
    String settings() {
        return (this == OTHER ? "other" : code) + "(stop=" + stopWords.size() + ",stem=" + stemmer + ")";
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet result = new CharArraySet(words.size() * 2, false);
        for (Object word : words) {
            char[] chars = (char[]) word;
            result.add(chars);
            char[] output = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, output, 0, chars.length);
            result.add(new String(output, 0, length));
        }
        return CharArraySet.unmodifiableSet(result);
    }
}

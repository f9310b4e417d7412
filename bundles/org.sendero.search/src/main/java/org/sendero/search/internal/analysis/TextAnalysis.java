package org.sendero.search.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index, all from Lucene's parts: Unicode word breaking, lowercase, accent
 * folding (so "ninos" finds "niños"), the language's stop words, then its light stemmer.
 *
 * <ul>
 * <li>{@link #index(Language)}: each word exact and, at the same position, its stem (marked),
 * except for words that are their own stem in every language: those are written once;</li>
 * <li>{@link #stems(Language)}: the marked stems for plain words of a query, and at the same
 * position the stem unmarked when it is its own stem in every language;</li>
 * <li>{@link #exact(Language)}: only the exact words, for quoted phrases;</li>
 * <li>{@link #plain()}: lowercase and folded words with no stop words removed, to match glossary
 * terms and to check spelling.</li>
 * </ul>
 * Analyzers are thread-safe; token streams are reused per field.
 */
public final class TextAnalysis {

    /** Starts every stemmed term; StandardTokenizer never leaves it inside a word. */
    public static final char STEM_MARK = '~';

    private enum Mode {
        INDEX, STEMS, EXACT
    }

    private final Map<Language, Analyzer> index = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> stems = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> exact = new EnumMap<>(Language.class);
    private final Analyzer plain;

    public TextAnalysis() {
        for (Language language : Language.values()) {
            index.put(language, new LanguageAnalyzer(language, Mode.INDEX));
            stems.put(language, new LanguageAnalyzer(language, Mode.STEMS));
            exact.put(language, new LanguageAnalyzer(language, Mode.EXACT));
        }
        plain = new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    public Analyzer index(Language language) {
        return index.get(language);
    }

    public Analyzer stems(Language language) {
        return stems.get(language);
    }

    public Analyzer exact(Language language) {
        return exact.get(language);
    }

    public Analyzer plain() {
        return plain;
    }

    /** How many languages have stop words: a word that is a stop word in all of them is never searched. */
    public static final int STOP_LANGUAGES = 3;

    /** Whether {@code text} is only stop words in one of the analysed languages: such words are not required. */
    public boolean isStopWord(String text) {
        return stopWordLanguages(text) > 0;
    }

    /** In how many of the analysed languages {@code text} is only stop words ("sea": one, Spanish). */
    public int stopWordLanguages(String text) {
        if (tokens(plain, text).isEmpty()) {
            return 0;
        }
        int languages = 0;
        for (Language language : List.of(Language.EN, Language.ES, Language.FR)) {
            if (tokens(stems(language), text).isEmpty()) {
                languages++;
            }
        }
        return languages;
    }

    /** The terms {@code analyzer} makes of {@code text}. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return tokens;
    }

    /** Everything that decides which terms the index holds, for the commit data. */
    public static String settings() {
        return "standard,lowercase,asciifolding,stop,word+stem,own-stem-once,mark=" + STEM_MARK + ";"
                + Stream.of(Language.values()).map(Language::settings).collect(Collectors.joining(";"));
    }

    private static final class LanguageAnalyzer extends Analyzer {

        private final Language language;
        private final Mode mode;

        LanguageAnalyzer(Language language, Mode mode) {
            // per field: a document's title, heading and body streams exist at the same time
            super(Analyzer.PER_FIELD_REUSE_STRATEGY);
            this.language = language;
            this.mode = mode;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream tokens = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            tokens = new StopFilter(language.beforeStop(tokens), language.stopWords());
            tokens = switch (mode) {
                case INDEX -> new StemMarkFilter(tokens, language, StemMarkFilter.Mode.INDEX);
                case STEMS -> new StemMarkFilter(tokens, language, StemMarkFilter.Mode.QUERY);
                case EXACT -> tokens;
            };
            return new TokenStreamComponents(tokenizer, tokens);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}

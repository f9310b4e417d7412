package org.sendero.search.internal.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.sendero.search.internal.analysis.Language;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.index.IndexSchema;

/**
 * "Did you mean": words that occur nowhere in the library, neither as typed nor by their stem, are
 * replaced by the closest words of the index's own vocabulary (Lucene's DirectSpellChecker over the
 * exact words of the section bodies). Only the query's words are corrected: filters
 * ({@code lang:en}, {@code pack:my-library}) and quoted phrases are kept as typed.
 */
public final class Spelling {

    private static final int MAX_SUGGESTIONS = 3;
    private static final int KNOWN_STEM_SECTIONS = 3;
    private static final List<Language> ANALYSED = List.of(Language.EN, Language.ES, Language.FR);
    /** The term that marks a section's language, as the language facet indexes it. */
    private static final String LANGUAGE_FIELD = IndexSchema.facetsConfig()
            .getDimConfig(IndexSchema.FACET_LANGUAGE).indexFieldName;

    private final TextAnalysis analysis;
    /**
     * Words one edit away first: most typing errors are one letter, and the automaton for two edits
     * costs several times more to build and run; two edits only when one finds nothing.
     */
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    public Spelling(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(4);
        checker.setMaxEdits(edits);
        return checker;
    }

    /** Up to three corrected queries, the most likely first; empty when every word is known. */
    public List<String> suggest(IndexReader reader, String query, List<String> words) throws IOException {
        return suggest(reader, query, words, Language.OTHER);
    }

    /**
     * The same, for a user who reads {@code userLanguage}: a word's stem makes it known only in
     * that language (with {@link Language#OTHER}, in any), so that an English misspelling that
     * happens to share a French stem is still corrected.
     */
    public List<String> suggest(IndexReader reader, String query, List<String> words, Language userLanguage)
            throws IOException {
        List<String> misspelled = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : words) {
            if (!analysis.isStopWord(word)) {
                // "non-punishmnet" is checked word by word
                tokens.addAll(TextAnalysis.tokens(analysis.plain(), word));
            }
        }
        for (String token : tokens) {
            if (analysis.isStopWord(token) || known(reader, token, userLanguage)) {
                continue;
            }
            List<String> found = similar(oneEdit, reader, token);
            if (found.isEmpty()) {
                found = similar(twoEdits, reader, token);
            }
            if (!found.isEmpty()) {
                misspelled.add(token);
                candidates.add(found);
            }
        }
        Set<String> corrected = new LinkedHashSet<>();
        // the first misspelled word's alternatives in turn, the other words at their best
        for (int rank = 0; !misspelled.isEmpty() && rank < candidates.get(0).size(); rank++) {
            String text = query;
            for (int i = 0; i < misspelled.size(); i++) {
                List<String> options = candidates.get(i);
                text = replaceWord(text, misspelled.get(i), options.get(Math.min(rank, options.size() - 1)));
            }
            if (!text.equals(query)) {
                corrected.add(text);
            }
        }
        return List.copyOf(corrected);
    }

    private static List<String> similar(DirectSpellChecker checker, IndexReader reader, String token)
            throws IOException {
        List<String> found = new ArrayList<>();
        for (SuggestWord suggestion : checker.suggestSimilar(new Term(IndexSchema.BODY, token), 12, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            if (suggestion.string.charAt(0) != TextAnalysis.STEM_MARK && found.size() < MAX_SUGGESTIONS) {
                found.add(suggestion.string);
            }
        }
        return found;
    }

    /**
     * Known when the word itself is in the index (in a title, heading or body: a valid Spanish word
     * such as "desastres" that a heading holds is never "corrected" into English), or when its stem in
     * the user's language is in several sections written in that language. A stem found only in
     * another language's sections, or only once or twice, is a collision between languages (the
     * English stem of "remitances" is the Spanish "remite"'s; the French stemmer folds double
     * letters, so "smugling" meets "smuggling"), not the word the user meant. One count per word not
     * in the index, over the postings of its stem: no scan of the index.
     */
    private boolean known(IndexReader reader, String token, Language userLanguage) throws IOException {
        for (String field : IndexSchema.TEXT_FIELDS.keySet()) {
            if (reader.docFreq(new Term(field, token)) > 0) {
                return true;
            }
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        for (Language language : userLanguage == Language.OTHER ? ANALYSED : List.of(userLanguage)) {
            for (String stem : TextAnalysis.tokens(analysis.stems(language), token)) {
                if (stem.charAt(0) == TextAnalysis.STEM_MARK
                        && reader.docFreq(new Term(IndexSchema.BODY, stem)) >= KNOWN_STEM_SECTIONS
                        && searcher.count(inLanguage(stem, language)) >= KNOWN_STEM_SECTIONS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BooleanQuery inLanguage(String stem, Language language) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(IndexSchema.BODY, stem)), Occur.FILTER)
                .add(new TermQuery(DrillDownQuery.term(LANGUAGE_FIELD, IndexSchema.FACET_LANGUAGE, language.code())),
                        Occur.FILTER)
                .build();
    }

    /** A run of letters and digits: the pieces the analyzer folds one by one. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /**
     * The query with the first word whose folded form is {@code token} replaced. The token was
     * folded (accents, case) by the analyzer, so it is compared with each word of the query folded
     * the same way: "niñoss" is found as the token "ninoss". Words inside a filter or a quoted
     * phrase are never replaced: the filters stay filters, the phrase stays as typed.
     */
    private String replaceWord(String text, String token, String replacement) {
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (!kept(text, matcher.start())
                    && TextAnalysis.tokens(analysis.plain(), matcher.group()).equals(List.of(token))) {
                return text.substring(0, matcher.start()) + replacement.toLowerCase(Locale.ROOT)
                        + text.substring(matcher.end());
            }
        }
        return text;
    }

    /** Whether the word at {@code at} is part of a {@code facet:value} filter or of a quoted phrase. */
    private static boolean kept(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (text.substring(start, end).indexOf(':') > 0) {
            return true;
        }
        long quotes = text.substring(0, at).chars().filter(c -> c == '"').count();
        return quotes % 2 == 1 && text.indexOf('"', at) >= 0;
    }
}

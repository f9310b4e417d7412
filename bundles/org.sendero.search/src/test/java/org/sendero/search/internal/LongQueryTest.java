package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.search.QueryTooLongException;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.query.QueryBudget;
import org.sendero.search.testing.Starter;

/**
 * Pasted paragraphs and long OR lists against a real index of the starter pack: refused with the
 * limit in one line, never Lucene's TooManyNestedClauses; queries within the limit always run,
 * also when every word is a glossary term with many synonyms.
 */
class LongQueryTest {

    /** Words of the starter library, several of them glossary terms. */
    private static final List<String> LIBRARY_WORDS = List.of("trafficking", "smuggling", "children", "border",
            "refugee", "migrant", "asylum", "interview", "indicators", "protection", "victims", "identification",
            "referral", "documents", "passport", "consular", "niños", "frontera", "trata", "personas", "migrantes",
            "détention", "traite", "exploitation", "coercion", "deception", "recruitment", "transport", "harbouring",
            "receipt", "vulnerability", "screening", "smuggler", "trafficker", "interpreter", "guardian");

    @TempDir
    static Path temp;

    private static SearchEngine engine;

    @BeforeAll
    static void index() throws IOException {
        engine = Starter.indexed(temp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> LIBRARY_WORDS.get(i % LIBRARY_WORDS.size()))
                .collect(Collectors.joining(" "));
    }

    private static QueryTooLongException refused(String query) {
        return assertThrows(QueryTooLongException.class, () -> engine.search(SearchRequest.of(query)));
    }

    @Test
    void sixtyPlainWordsAreRefusedWithTheLimit() {
        QueryTooLongException e = refused(words(60));
        assertEquals("query too long: at most " + QueryBudget.MAX_WORDS + " words (this one has 60)", e.getMessage());
        assertEquals(QueryBudget.MAX_WORDS, e.maxWords());
        assertEquals(60, e.words());
    }

    @Test
    void twoHundredAlternativesAreRefused() {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            alternatives.add(LIBRARY_WORDS.get(i % LIBRARY_WORDS.size()) + (i < LIBRARY_WORDS.size() ? "" : i));
        }
        QueryTooLongException e = refused(String.join(" OR ", alternatives));
        assertEquals(200, e.words(), "OR is an operator, not a word");
    }

    @Test
    void aLongPhraseCountsEveryWord() {
        QueryTooLongException e = refused("\"" + words(80) + "\"");
        assertEquals(80, e.words());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void theLimitItselfIsSearchedAndOneMoreWordIsRefused() throws IOException {
        SearchResults results = engine.search(SearchRequest.of(words(QueryBudget.MAX_WORDS)));
        assertFalse(results.hits().isEmpty());
        assertEquals(QueryBudget.MAX_WORDS + 1, refused(words(QueryBudget.MAX_WORDS + 1)).words());
    }

    @Test
    void glossaryTermsUpToTheLimitRunWithinLucenesClauseCount() throws IOException {
        // each of these is a glossary term with up to eight synonyms in three languages: fully
        // expanded, 32 of them make several times the 1024 clauses Lucene takes
        // (all different: Lucene merges a repeated word's clauses)
        String query = String.join(" ", List.of("trafficking", "smuggling", "refugee", "asylum", "smuggler",
                "trafficker", "migrant", "border", "passport", "visa", "deportation", "displacement", "diaspora",
                "discrimination", "expulsion", "forgery", "counterfeit", "guardian", "interpreter", "recruitment",
                "referral", "reintegration", "remittances", "removal", "return", "returnee", "servitude", "shelter",
                "statelessness", "victim", "xenophobia", "overstay"));
        assertEquals(QueryBudget.MAX_WORDS, query.split(" ").length);
        SearchResults results = engine.search(SearchRequest.of(query));
        assertFalse(results.hits().isEmpty());
        assertTrue(results.total() > 0);
    }

    @Test
    void longOrListsWithinTheLimitStillRun() throws IOException {
        List<String> shuffled = new ArrayList<>(LIBRARY_WORDS.subList(0, QueryBudget.MAX_WORDS - 1));
        Collections.reverse(shuffled);
        SearchResults results = engine.search(SearchRequest.of(String.join(" OR ", shuffled) + " -\"tráfico\""));
        assertFalse(results.hits().isEmpty());
    }
}

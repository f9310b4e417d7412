package org.sendero.search.internal.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.search.QueryTooLongException;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.index.IndexSchema;
import org.sendero.search.internal.index.PackDocuments;
import org.sendero.search.testing.Starter;

/** Counting a query's words and clauses, and building within the clause budget. */
class QueryBudgetTest {

    private final TextAnalysis analysis = new TextAnalysis();
    private final Glossary glossary = Glossary.of(PackDocuments.glossaryLines(Starter.pack()), analysis.plain());

    @TempDir
    Path temp;

    @Test
    void wordsCountPhrasesAlternativesExclusionsAndFiltersButNotOperators() {
        assertEquals(0, QueryBudget.words(QueryText.parse("")));
        assertEquals(3, QueryBudget.words(QueryText.parse("children OR niños AND border")));
        assertEquals(4, QueryBudget.words(QueryText.parse("\"trata de personas\" NOT frontera")));
        assertEquals(3, QueryBudget.words(QueryText.parse("-smuggling topic:children lang:es")));
    }

    @Test
    void theWordLimitRefusesBeforeBuilding() {
        QueryBudget budget = new QueryBudget(3, 1024);
        assertDoesNotThrow(() -> budget.checkWords(QueryText.parse("a OR b c")));
        QueryTooLongException e = assertThrows(QueryTooLongException.class,
                () -> budget.checkWords(QueryText.parse("a OR b \"c d\"")));
        assertEquals("query too long: at most 3 words (this one has 4)", e.getMessage());
    }

    /** The count is Lucene's: a searcher whose limit is lower refuses the query, at the limit it runs. */
    @Test
    void clausesAreCountedAsIndexSearcherCountsThem() throws IOException {
        Query query = factory(QueryBudget.standard())
                .build(QueryText.parse("trafficking \"border guard\" -smuggling children OR niños topic:children"),
                        glossary, Map.of("language", Set.of("es", "en")))
                .ranked();
        int clauses = QueryBudget.clauses(query);
        assertTrue(clauses > 20, "clauses: " + clauses);
        int before = IndexSearcher.getMaxClauseCount();
        try (Directory directory = FSDirectory.open(temp.resolve("index"))) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.addDocument(new Document());
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // Lucene checks before counting each clause, so it lets one more through than its
                // limit; the budget keeps to the limit itself
                IndexSearcher.setMaxClauseCount(clauses - 2);
                assertThrows(IndexSearcher.TooManyClauses.class, () -> searcher.rewrite(query));
                IndexSearcher.setMaxClauseCount(clauses);
                assertDoesNotThrow(() -> searcher.rewrite(query));
            }
        } finally {
            IndexSearcher.setMaxClauseCount(before);
        }
    }

    @Test
    void aQueryOverTheClauseBudgetLosesItsSynonymsThenItsExactForms() throws IOException {
        ParsedQuery parsed = QueryText.parse("trafficking children");
        BuiltQuery full = factory(QueryBudget.standard()).build(parsed, glossary, Map.of());
        int fullClauses = QueryBudget.clauses(full.ranked());
        Set<String> withoutGlossary = terms(
                factory(QueryBudget.standard()).build(parsed, Glossary.EMPTY, Map.of()).ranked());
        assertFalse(withoutGlossary.containsAll(terms(full.ranked())), "the glossary's other terms are searched");

        BuiltQuery withoutSynonyms = factory(new QueryBudget(QueryBudget.MAX_WORDS, fullClauses - 1))
                .build(parsed, glossary, Map.of());
        int fewer = QueryBudget.clauses(withoutSynonyms.ranked());
        assertTrue(fewer < fullClauses, fewer + " < " + fullClauses);
        assertEquals(withoutGlossary, terms(withoutSynonyms.ranked()), "synonyms dropped first");

        BuiltQuery stems = factory(new QueryBudget(QueryBudget.MAX_WORDS, fewer - 1)).build(parsed, glossary, Map.of());
        int fewest = QueryBudget.clauses(stems.ranked());
        assertTrue(fewest < fewer, fewest + " < " + fewer);
        assertEquals(2, stems.groups(), "every word is still searched");

        QueryTooLongException e = assertThrows(QueryTooLongException.class,
                () -> factory(new QueryBudget(QueryBudget.MAX_WORDS, fewest - 1)).build(parsed, glossary, Map.of()));
        assertFalse(e.getMessage().contains("\n"));
    }

    private QueryFactory factory(QueryBudget budget) {
        return new QueryFactory(analysis, IndexSchema.facetsConfig(), budget);
    }

    private static Set<String> terms(Query query) {
        Set<String> texts = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                for (Term term : terms) {
                    texts.add(term.text());
                }
            }
        });
        return texts;
    }
}

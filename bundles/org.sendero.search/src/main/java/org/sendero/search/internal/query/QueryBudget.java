package org.sendero.search.internal.query;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.sendero.search.QueryTooLongException;
import org.sendero.search.internal.query.ParsedQuery.Part;

/**
 * How much a query may ask for. Each typed word becomes up to eighteen clauses (three languages'
 * stems and exact forms in title, heading and body), a glossary term adds its synonyms, and every
 * word group appears twice (once to match any word, once to rank sections with all of them
 * first). Lucene refuses a query whose clauses, counted over all its nesting, exceed
 * {@link IndexSearcher#getMaxClauseCount()}: this class refuses long queries before they are built
 * and counts what was built the same way Lucene will.
 */
public record QueryBudget(int maxWords, int maxClauses) {

    /**
     * Words a query may have. A question typed into a search box has far fewer; with stems only,
     * {@value} words stay well under Lucene's default 1024 clauses (32 x 9 clauses x 2 = 576).
     */
    public static final int MAX_WORDS = 32;

    /** {@value #MAX_WORDS} words, and the clause limit of every IndexSearcher of this process. */
    public static QueryBudget standard() {
        return new QueryBudget(MAX_WORDS, IndexSearcher.getMaxClauseCount());
    }

    /**
     * Words as the user sees them: every word of a phrase, of each OR alternative and of each
     * exclusion, and each filter value. The operators OR, AND and NOT are not words.
     */
    public static int words(ParsedQuery parsed) {
        int words = 0;
        for (ParsedQuery.Group group : parsed.groups()) {
            for (Part part : group.alternatives()) {
                words += words(part);
            }
        }
        for (Part part : parsed.excluded()) {
            words += words(part);
        }
        return words + parsed.filters().values().stream().mapToInt(java.util.Set::size).sum();
    }

    private static int words(Part part) {
        String text = part.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** Refuses a query of more than {@link #maxWords()} words, before anything is built for it. */
    public void checkWords(ParsedQuery parsed) throws QueryTooLongException {
        int words = words(parsed);
        if (words > maxWords) {
            throw new QueryTooLongException(maxWords, words);
        }
    }

    /** Whether Lucene will run {@code query}. */
    public boolean fits(Query query) {
        return clauses(query) <= maxClauses;
    }

    /**
     * The clauses of {@code query} as IndexSearcher counts them after rewriting it: one per leaf
     * query, also when nested. A facet filter shows itself as one leaf but is rewritten into its
     * base query and one clause per filter.
     */
    public static int clauses(Query query) {
        if (query instanceof DrillDownQuery drillDown) {
            int count = drillDown.getBaseQuery() == null ? 0 : clauses(drillDown.getBaseQuery());
            for (Query filter : drillDown.getDrillDownQueries()) {
                count += clauses(filter);
            }
            return count;
        }
        int[] count = { 0 };
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this; // excluded clauses count as much as required ones
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0]++;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field,
                    java.util.function.Supplier<ByteRunAutomaton> automaton) {
                count[0]++;
            }
        });
        return count[0];
    }
}

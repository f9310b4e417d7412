package org.sendero.search.internal.query;

import java.util.List;
import java.util.function.Function;

import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The terms of a concept's narrower concepts as alternatives of the words typed, weighing less than
 * its own synonyms: a text about "sexual violence" answers a search for "gender-based violence",
 * but less surely than one that names it.
 */
final class NarrowerTerms {

    /** Per word of a narrower term, as a synonym's boost is: a long term does not outweigh a short one. */
    static final float BOOST = 0.3f;

    private NarrowerTerms() {
    }

    static void add(List<Glossary.Term> narrower, List<Query> alternatives, List<String> expansions,
            Function<Glossary.Term, Query> phrase) {
        for (Glossary.Term term : narrower) {
            Query query = phrase.apply(term);
            if (query != null) {
                if (!expansions.contains(term.text())) {
                    expansions.add(term.text());
                }
                alternatives.add(new BoostQuery(query, BOOST / term.tokens().size()));
            }
        }
    }
}

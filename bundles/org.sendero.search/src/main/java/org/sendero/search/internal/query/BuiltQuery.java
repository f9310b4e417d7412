package org.sendero.search.internal.query;

import java.util.List;
import java.util.Set;

import org.apache.lucene.search.Query;

/**
 * A query ready for Lucene.
 *
 * @param ranked what to run: every section matching any group, those matching all groups first
 * @param matching the same sections as {@code ranked} without what only orders them, to count
 *     facets over every match without scoring it
 * @param complete the sections matching every group, to count them
 * @param highlight what passages are marked for: the groups' clauses on the body alone, without
 *     bonus and filters
 * @param groups how many groups take part in ranking
 * @param words the plain words typed, for spelling
 * @param queryLanguages languages of the glossary terms the user typed
 * @param empty nothing to search for
 * @param mostWords what to run instead of {@code ranked} when no section matches every group: the
 *     sections matching the most groups first, then by relevance
 * @param expansions the glossary's and thesaurus's other terms searched for the words typed
 */
public record BuiltQuery(Query ranked, Query matching, Query complete, Query highlight, int groups, List<String> words,
        Set<String> queryLanguages,
        boolean empty, Query mostWords, List<String> expansions) {

    public BuiltQuery {
        expansions = List.copyOf(expansions);
    }
}

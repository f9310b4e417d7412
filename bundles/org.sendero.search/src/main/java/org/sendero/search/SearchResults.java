package org.sendero.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found.
 *
 * @param hits matching sections grouped by document: a document's sections follow each other,
 *     documents in the order of their best section
 * @param facets counts of matching sections per facet value, by facet
 * @param didYouMean up to three corrected queries when words look misspelled
 * @param showingResultsFor the corrected query whose results these are, when the query as typed
 *     found (almost) nothing and the correction found much more
 * @param total how many sections match
 * @param mostWordsOnly no section has every word of the query, so the hits are those with the most
 *     of them (the most first): the UI says "No document has all the words; showing those with most
 *     of them"
 * @param searchedAlsoFor the other terms of the glossary's and thesaurus's concepts that were searched
 *     for the words typed ("forged" also finds "fraudulent document"), for a "Searched also for" line;
 *     empty when none were, or when the request asked for the words as typed only
 */
public record SearchResults(String query, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
        List<String> didYouMean, Optional<String> showingResultsFor, long total, long tookMs, boolean mostWordsOnly,
        List<String> searchedAlsoFor) {

    public SearchResults(String query, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
            List<String> didYouMean, Optional<String> showingResultsFor, long total, long tookMs,
            boolean mostWordsOnly) {
        this(query, hits, facets, didYouMean, showingResultsFor, total, tookMs, mostWordsOnly, List.of());
    }

    /** Results where every hit has all the words, or the query has one. */
    public SearchResults(String query, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
            List<String> didYouMean, Optional<String> showingResultsFor, long total, long tookMs) {
        this(query, hits, facets, didYouMean, showingResultsFor, total, tookMs, false);
    }

    public SearchResults {
        hits = List.copyOf(hits);
        LinkedHashMap<String, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((facet, counts) -> copy.put(facet, List.copyOf(counts)));
        facets = java.util.Collections.unmodifiableMap(copy);
        didYouMean = List.copyOf(didYouMean);
        showingResultsFor = showingResultsFor == null ? Optional.empty() : showingResultsFor;
        searchedAlsoFor = searchedAlsoFor == null ? List.of() : List.copyOf(searchedAlsoFor);
    }

    /** The hits per document, in order. */
    public List<List<SearchHit>> documents() {
        Map<String, List<SearchHit>> byDocument = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byDocument.computeIfAbsent(hit.documentKey(), key -> new ArrayList<>()).add(hit);
        }
        return List.copyOf(byDocument.values());
    }
}

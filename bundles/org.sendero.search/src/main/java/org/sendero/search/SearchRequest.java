package org.sendero.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A search as the user asks it.
 *
 * @param query what was typed: words, "phrases", -exclusions, OR, and field filters such as
 *     {@code topic:children}
 * @param language the user's language: on equal scores its documents come first
 * @param filters facet values to keep, by facet (kind, topic, doctype, language, subregion, pack);
 *     values of one facet are alternatives, facets are all required
 * @param limit how many documents to return, each with up to three sections
 * @param snippets whether to highlight passages
 * @param facets whether to count facet values
 * @param expand whether words that name a glossary or thesaurus concept also find its other terms, in
 *     every language; off when the user asks for the words as typed only
 */
public record SearchRequest(String query, String language, Map<String, Set<String>> filters, int limit,
        boolean snippets, boolean facets, boolean expand) {

    public static final List<String> FACETS = List.of("kind", "topic", "doctype", "language", "subregion", "pack");

    public SearchRequest {
        query = query == null ? "" : query;
        language = language == null || language.isBlank() ? "en" : language;
        TreeMap<String, Set<String>> copy = new TreeMap<>();
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (!FACETS.contains(facet)) {
                    throw new IllegalArgumentException("no facet " + facet + "; facets: " + String.join(", ", FACETS));
                }
                copy.put(facet, java.util.Collections.unmodifiableSet(new TreeSet<>(values)));
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1: " + limit);
        }
    }

    /** A search whose words also find their concepts' other terms. */
    public SearchRequest(String query, String language, Map<String, Set<String>> filters, int limit,
            boolean snippets, boolean facets) {
        this(query, language, filters, limit, snippets, facets, true);
    }

    /** Ten documents with snippets and facets, in English. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, "en", Map.of(), 10, true, true);
    }

    public SearchRequest inLanguage(String userLanguage) {
        return new SearchRequest(query, userLanguage, filters, limit, snippets, facets, expand);
    }

    public SearchRequest withQuery(String text) {
        return new SearchRequest(text, language, filters, limit, snippets, facets, expand);
    }

    public SearchRequest withLimit(int documents) {
        return new SearchRequest(query, language, filters, documents, snippets, facets, expand);
    }

    public SearchRequest withFilter(String facet, String value) {
        TreeMap<String, Set<String>> more = new TreeMap<>(filters);
        more.merge(facet, Set.of(value), (a, b) -> {
            Set<String> both = new TreeSet<>(a);
            both.addAll(b);
            return both;
        });
        return new SearchRequest(query, language, more, limit, snippets, facets, expand);
    }

    /** The same search with the words as typed only ({@code false}), or widened again. */
    public SearchRequest expanded(boolean widen) {
        return new SearchRequest(query, language, filters, limit, snippets, facets, widen);
    }

    /** The same search without highlighting and facet counts (type-ahead, measurements). */
    public SearchRequest bare() {
        return new SearchRequest(query, language, filters, limit, false, false, expand);
    }
}

package org.sendero.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.sendero.search.internal.analysis.TextAnalysis;

/**
 * Lucene's UnifiedHighlighter over the section bodies (offsets come from the postings), giving
 * each section its passages as a list rather than one joined string. The bodies are those the
 * search has already read with the sections' other stored fields: reading them again would
 * decompress the same stored blocks twice. Passages are found from the query's terms and their
 * offsets in the postings (phrases still only where the words stand in order), not by asking the
 * whole query where each section matches, which cost more than ranking the sections.
 */
final class SectionHighlighter extends UnifiedHighlighter {

    private final Map<Integer, String> texts = new HashMap<>();

    SectionHighlighter(IndexSearcher searcher, TextAnalysis analysis) {
        super(UnifiedHighlighter.builder(searcher, analysis.plain())
                .withFormatter(new PassageList())
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(false));
    }

    /** For each document id in order, up to {@code passages} passages of its {@code text}. */
    @SuppressWarnings("unchecked")
    List<List<String>> passages(String field, Query query, int[] docIds, String[] text, int passages)
            throws IOException {
        for (int i = 0; i < docIds.length; i++) {
            texts.put(docIds[i], text[i] == null ? "" : text[i]);
        }
        Object[] found = highlightFieldsAsObjects(new String[] { field }, query, docIds, new int[] { passages })
                .get(field);
        return java.util.Arrays.stream(found).map(value -> value == null ? List.<String>of() : (List<String>) value)
                .toList();
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            values.add(new CharSequence[] { texts.getOrDefault(doc, "") });
        }
        return values;
    }
}

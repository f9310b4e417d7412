package org.sendero.search.internal;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.sendero.search.internal.analysis.TextAnalysis;

/**
 * Lucene's UnifiedHighlighter over the section bodies (offsets come from the postings), giving
 * each section its passages as a list rather than one joined string.
 */
final class SectionHighlighter extends UnifiedHighlighter {

    SectionHighlighter(IndexSearcher searcher, TextAnalysis analysis) {
        super(UnifiedHighlighter.builder(searcher, analysis.plain())
                .withFormatter(new PassageList())
                .withMaxNoHighlightPassages(1));
    }

    /** For each document id in order, up to {@code passages} passages of {@code field}. */
    @SuppressWarnings("unchecked")
    List<List<String>> passages(String field, Query query, int[] docIds, int passages) throws IOException {
        Object[] found = highlightFieldsAsObjects(new String[] { field }, query, docIds, new int[] { passages }).get(field);
        return java.util.Arrays.stream(found).map(value -> value == null ? List.<String>of() : (List<String>) value).toList();
    }
}

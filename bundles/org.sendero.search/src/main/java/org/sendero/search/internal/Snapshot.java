package org.sendero.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.analysis.WordSimilarity;
import org.sendero.search.internal.index.IndexSchema;
import org.sendero.search.internal.query.Glossary;

/**
 * One point-in-time view of the index with what is derived from it once per refresh: the facet
 * ordinals, the glossary and (on first use) the completions.
 */
final class Snapshot extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final Glossary glossary;
    private final TextAnalysis analysis;
    private volatile Completions completions;

    private Snapshot(IndexReader reader, TextAnalysis analysis) throws IOException {
        super(reader);
        this.analysis = analysis;
        setSimilarity(new WordSimilarity());
        this.facetState = hasFacets(reader)
                ? new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig()) : null;
        this.glossary = Glossary.of(glossaryLines(), analysis.plain());
    }

    static SearcherFactory factory(TextAnalysis analysis) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new Snapshot(reader, analysis);
            }
        };
    }

    /** Null when the index has no sections yet. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    Glossary glossary() {
        return glossary;
    }

    Completions completions() throws IOException {
        Completions built = completions;
        if (built == null) {
            synchronized (this) {
                built = completions;
                if (built == null) {
                    built = Completions.build(this, analysis);
                    completions = built;
                }
            }
        }
        return built;
    }

    /** Stored records of one kind, e.g. every document record. */
    List<org.apache.lucene.document.Document> records(String record) throws IOException {
        TermQuery query = new TermQuery(new Term(IndexSchema.RECORD, record));
        int count = count(query);
        List<org.apache.lucene.document.Document> documents = new ArrayList<>(count);
        if (count > 0) {
            StoredFields stored = storedFields();
            for (ScoreDoc hit : search(query, count).scoreDocs) {
                documents.add(stored.document(hit.doc));
            }
        }
        return documents;
    }

    private List<String> glossaryLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (var pack : records(IndexSchema.PACK)) {
            lines.addAll(List.of(pack.getValues(IndexSchema.GLOSSARY_LINE)));
        }
        return lines;
    }

    private static boolean hasFacets(IndexReader reader) {
        return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos()
                .fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }
}

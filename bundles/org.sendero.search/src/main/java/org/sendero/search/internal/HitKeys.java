package org.sendero.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.sendero.search.internal.index.IndexSchema;

/**
 * The document key and language of each hit, from doc values: grouping the top sections by
 * document reads these two short values instead of decompressing every candidate's stored
 * fields (its whole text among them); only the sections shown are read in full.
 */
final class HitKeys {

    record Keys(String documentKey, String lang) {
    }

    private HitKeys() {
    }

    /** In the order of {@code hits}. */
    static Keys[] of(IndexReader reader, ScoreDoc[] hits) throws IOException {
        Keys[] keys = new Keys[hits.length];
        Integer[] byDoc = new Integer[hits.length];
        Arrays.setAll(byDoc, i -> i);
        // doc values are read forwards: in document order, one leaf after the other
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        SortedDocValues documentKeys = null;
        SortedDocValues languages = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                documentKeys = leaf.reader().getSortedDocValues(IndexSchema.DOC_KEY);
                languages = leaf.reader().getSortedDocValues(IndexSchema.LANG);
            }
            keys[i] = new Keys(value(documentKeys, doc - leaf.docBase), value(languages, doc - leaf.docBase));
        }
        return keys;
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        if (values == null || !values.advanceExact(doc)) {
            throw new IOException("section " + doc + " has no document key or language; rebuild the index");
        }
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }
}

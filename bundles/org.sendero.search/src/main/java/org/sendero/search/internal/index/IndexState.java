package org.sendero.search.internal.index;

import static org.sendero.search.internal.index.IndexSchema.*;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * What the index holds, per pack: the stamp it was read from and the hash of each document. Read
 * from the document and pack records only, never from the sections.
 */
public record IndexState(Map<String, String> stamps, Map<String, Map<String, String>> hashesByPack) {

    public static final IndexState EMPTY = new IndexState(Map.of(), Map.of());

    public static IndexState read(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = reader.storedFields();
        Map<String, String> stamps = new HashMap<>();
        for (int doc : all(searcher, PACK)) {
            var record = stored.document(doc);
            stamps.put(record.get(PACK_ID), record.get(STAMP));
        }
        Map<String, Map<String, String>> hashes = new HashMap<>();
        for (int doc : all(searcher, DOCUMENT)) {
            var record = stored.document(doc);
            hashes.computeIfAbsent(record.get(PACK_ID), pack -> new HashMap<>()).put(record.get(DOC_KEY),
                    record.get(HASH));
        }
        return new IndexState(stamps, hashes);
    }

    public Map<String, String> hashes(String packId) {
        return hashesByPack.getOrDefault(packId, Map.of());
    }

    public int documents() {
        return hashesByPack.values().stream().mapToInt(Map::size).sum();
    }

    private static List<Integer> all(IndexSearcher searcher, String record) throws IOException {
        TermQuery query = new TermQuery(new Term(RECORD, record));
        int count = searcher.count(query);
        if (count == 0) {
            return List.of();
        }
        ScoreDoc[] docs = searcher.search(query, count).scoreDocs;
        return java.util.Arrays.stream(docs).map(d -> d.doc).toList();
    }
}

package org.sendero.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Section;
import org.sendero.search.internal.index.IndexedDocument;
import org.sendero.search.internal.index.PackDocuments;

/**
 * The baseline the judged queries are compared with: the same sections in one text field of a
 * plain StandardAnalyzer BM25 index, the query's words OR-ed (a {@code lang:} filter honoured).
 */
final class PlainBaseline implements AutoCloseable {

    private static final Pattern LANG = Pattern.compile("\\blang:(\\w+)");

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;

    PlainBaseline(Pack pack) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (IndexedDocument document : PackDocuments.of(pack)) {
                for (Section section : document.sections()) {
                    Document doc = new Document();
                    doc.add(new StringField("doc", document.doc() + "/" + document.lang(), Field.Store.YES));
                    doc.add(new StringField("lang", document.lang(), Field.Store.NO));
                    doc.add(new TextField("text", document.title() + "\n" + section.title() + "\n" + section.text(),
                            Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
        }
        reader = DirectoryReader.open(directory);
    }

    /** Documents ({@code doc/lang}) in rank order, at most {@code limit}. */
    List<String> search(String text, int limit) throws IOException {
        Matcher lang = LANG.matcher(text);
        String words = lang.replaceAll(" ");
        Query query = new QueryBuilder(analyzer).createBooleanQuery("text", words.replace('"', ' '));
        if (query == null) {
            return List.of();
        }
        if (lang.reset().find()) {
            query = new BooleanQuery.Builder().add(query, Occur.MUST)
                    .add(new TermQuery(new Term("lang", lang.group(1))), Occur.FILTER).build();
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        Set<String> documents = new LinkedHashSet<>();
        for (ScoreDoc hit : searcher.search(query, 200).scoreDocs) {
            documents.add(searcher.storedFields().document(hit.doc).get("doc"));
            if (documents.size() == limit) {
                break;
            }
        }
        return new ArrayList<>(documents);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

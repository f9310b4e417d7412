package org.sendero.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.analysis.Language;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.index.IndexSchema;
import org.sendero.search.internal.query.BuiltQuery;
import org.sendero.search.internal.query.Glossary;
import org.sendero.search.internal.query.QueryFactory;

/**
 * "More like this" for a document: Lucene's MoreLikeThis over the body of its sections, analysed
 * as they were indexed, finds documents that share its distinctive words; the thesaurus and
 * glossary concepts it mentions most, searched by all their terms, find those in the other
 * languages too. The document itself and its translations are left out.
 */
final class RelatedDocuments {

    /** The concepts a document mentions most that are searched in every language. */
    private static final int CONCEPTS = 6;
    private static final float CONCEPT_WEIGHT = 0.5f;

    private final TextAnalysis analysis;
    private final QueryFactory queries;
    private final SearchRunner runner;

    RelatedDocuments(TextAnalysis analysis, QueryFactory queries, SearchRunner runner) {
        this.analysis = analysis;
        this.queries = queries;
        this.runner = runner;
    }

    /** Up to {@code limit} documents like {@code documentKey} (pack/kind/doc/lang); none when it is not indexed. */
    SearchResults of(Snapshot snapshot, String documentKey, String userLanguage, int limit) throws IOException {
        long start = System.nanoTime();
        Query sectionsOfIt = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.DOC_KEY, documentKey)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.RECORD, IndexSchema.SECTION)), Occur.FILTER).build();
        ScoreDoc[] sections = snapshot.search(sectionsOfIt, 500).scoreDocs;
        SearchRequest request = new SearchRequest("", userLanguage, Map.of(), limit, false, false);
        if (sections.length == 0) {
            return new SearchResults("", List.of(), Map.of(), List.of(), Optional.empty(), 0, 0);
        }
        StringBuilder text = new StringBuilder();
        Document first = null;
        for (ScoreDoc section : sections) {
            Document stored = snapshot.storedFields().document(section.doc);
            first = first == null ? stored : first;
            text.append(stored.get(IndexSchema.HEADING)).append(". ").append(stored.get(IndexSchema.BODY)).append('\n');
        }
        Language language = Language.of(first.get(IndexSchema.LANG));
        MoreLikeThis like = new MoreLikeThis(snapshot.getIndexReader());
        like.setAnalyzer(analysis.index(language));
        like.setFieldNames(new String[] { IndexSchema.BODY });
        like.setMinTermFreq(2);
        like.setMinDocFreq(2);
        like.setMaxQueryTerms(30);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(like.like(IndexSchema.BODY, new StringReader(text.toString())), Occur.SHOULD);
        for (Query concept : concepts(snapshot.glossary(), text.toString())) {
            query.add(new BoostQuery(concept, CONCEPT_WEIGHT), Occur.SHOULD);
        }
        Query related = new BooleanQuery.Builder().add(query.build(), Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.RECORD, IndexSchema.SECTION)), Occur.FILTER)
                // the document in every language: its keys differ only after the last slash
                .add(new PrefixQuery(new Term(IndexSchema.DOC_KEY,
                        documentKey.substring(0, documentKey.lastIndexOf('/') + 1))), Occur.MUST_NOT)
                .build();
        BuiltQuery built = new BuiltQuery(related, related, related, new MatchNoDocsQuery("nothing to mark"), 1,
                List.of(), java.util.Set.of(), false, related, List.of());
        return runner.run(snapshot, request, built, List.of(), Optional.empty(), start);
    }

    /** The queries of the concepts the text mentions most, each by all its terms in every language. */
    private List<Query> concepts(Glossary glossary, String text) {
        List<String> tokens = Glossary.tokens(analysis.plain(), text);
        Map<String, List<Glossary.Term>> found = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int at = 0; at < tokens.size(); at++) {
            var match = glossary.longestAt(tokens, at, end -> true);
            if (match.isPresent()) {
                String concept = match.get().terms().get(0).concept();
                found.putIfAbsent(concept, match.get().terms());
                counts.merge(concept, 1, Integer::sum);
                at += match.get().length() - 1;
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(CONCEPTS).map(entry -> queries.allTermsOf(found.get(entry.getKey()), glossary))
                .filter(q -> q != null).toList();
    }
}

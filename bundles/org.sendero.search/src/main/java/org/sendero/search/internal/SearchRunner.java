package org.sendero.search.internal;

import static org.sendero.search.internal.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.sendero.search.FacetCount;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.query.BuiltQuery;
import org.sendero.search.internal.query.ParsedQuery;
import org.sendero.search.internal.query.QueryFactory;
import org.sendero.search.internal.query.QueryText;
import org.sendero.search.internal.query.Spelling;

/**
 * Runs one search on a snapshot: ranks sections, groups them by document (at most
 * {@value #SECTIONS_PER_DOCUMENT} each), highlights passages, counts facets and suggests spelling.
 */
final class SearchRunner {

    static final int SECTIONS_PER_DOCUMENT = 3;
    private static final int MAX_PASSAGES = 3;
    private static final int FACET_VALUES = 20;
    /** The stored fields of a section shown; with its text when passages are wanted. */
    private static final Set<String> SHOWN = Set.of(DOC, KIND, TITLE, BREADCRUMB, ANCHOR, HEADING, PAGE);
    private static final Set<String> SHOWN_WITH_TEXT = java.util.stream.Stream.concat(SHOWN.stream(),
            java.util.stream.Stream.of(BODY)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final TextAnalysis analysis;
    private final QueryFactory queries;
    private final Correction correction;

    SearchRunner(TextAnalysis analysis) {
        this.analysis = analysis;
        this.queries = new QueryFactory(analysis, facetsConfig());
        this.correction = new Correction(queries, new Spelling(analysis));
    }

    SearchResults related(Snapshot snapshot, String documentKey, String language, int limit) throws IOException {
        return new RelatedDocuments(analysis, queries, this).of(snapshot, documentKey, language, limit);
    }

    SearchResults search(Snapshot snapshot, SearchRequest request) throws IOException {
        long start = System.nanoTime();
        ParsedQuery parsed = QueryText.parse(request.query());
        BuiltQuery built = queries.build(parsed, glossary(snapshot, request), request.filters());
        if (built.empty()) {
            return new SearchResults(request.query(), List.of(), Map.of(), List.of(), Optional.empty(), 0,
                    millis(start));
        }
        if (!request.snippets() && !request.facets()) {
            return run(snapshot, request, built, List.of(), Optional.empty(), start);
        }
        Correction.Decision decision = correction.decide(snapshot, request, parsed, built);
        return run(snapshot, request, decision.query(), decision.didYouMean(), decision.showing(), start);
    }

    SearchResults run(Snapshot snapshot, SearchRequest request, BuiltQuery built, List<String> didYouMean,
            Optional<String> showing, long start) throws IOException {
        int wanted = Math.max(50, request.limit() * SECTIONS_PER_DOCUMENT * 3);
        // ranked as a bare search is (Lucene skips what cannot reach the top); facets count every
        // match in a second pass that scores nothing, cheaper than scoring every match to rank it
        TopDocs top = snapshot.search(built.ranked(), wanted);
        // no section has every word (none got the bonus): those with the most of them come first
        boolean mostWords = built.groups() > 1 && top.scoreDocs.length > 0
                && top.scoreDocs[0].score < QueryFactory.ALL_GROUPS_BONUS;
        if (mostWords) {
            top = snapshot.search(built.mostWords(), wanted);
        }
        long total = top.totalHits.value();
        Map<String, List<FacetCount>> facets = Map.of();
        if (request.facets() && snapshot.facetState() != null) {
            FacetsCollector matches = snapshot.search(built.matching(), new FacetsCollectorManager());
            facets = facets(new SortedSetDocValuesFacetCounts(snapshot.facetState(), matches));
            total = matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        }
        List<Ranked> ranked = group(snapshot, top, built, request);
        List<List<String>> snippets = request.snippets() && !ranked.isEmpty() ? highlight(snapshot, built, ranked)
                : ranked.stream().map(r -> List.<String>of()).toList();
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            hits.add(hit(ranked.get(i), mostWords, snippets.get(i)));
        }
        return new SearchResults(request.query(), hits, facets, didYouMean, showing, total, millis(start), mostWords,
                built.expansions());
    }

    /** The concepts a search widens its words with: none when the user asked for the words as typed. */
    static org.sendero.search.internal.query.Glossary glossary(Snapshot snapshot, SearchRequest request) {
        return request.expand() ? snapshot.glossary() : org.sendero.search.internal.query.Glossary.EMPTY;
    }

    /** A section among the top hits; its stored fields are read only when it is shown. */
    private record Ranked(int doc, float score, String documentKey, String lang, Document stored) {
        Ranked withStored(Document fields) {
            return new Ranked(doc, score, documentKey, lang, fields);
        }
    }

    /** Sections of the best documents, a document's sections together, documents by their best section. */
    private List<Ranked> group(Snapshot snapshot, TopDocs top, BuiltQuery built, SearchRequest request)
            throws IOException {
        HitKeys.Keys[] keys = HitKeys.of(snapshot.getIndexReader(), top.scoreDocs);
        Map<String, List<Ranked>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            Ranked ranked = new Ranked(hit.doc, hit.score, keys[i].documentKey(), keys[i].lang(), null);
            List<Ranked> sections = byDocument.computeIfAbsent(ranked.documentKey(), key -> new ArrayList<>());
            if (sections.size() < SECTIONS_PER_DOCUMENT) {
                sections.add(ranked);
            }
        }
        // on equal scores: the user's language, then the language the query was typed in
        Comparator<List<Ranked>> order = Comparator.comparing((List<Ranked> d) -> -rounded(d.get(0).score()))
                .thenComparing(d -> !d.get(0).lang().equals(request.language()))
                .thenComparing(d -> !built.queryLanguages().contains(d.get(0).lang()))
                .thenComparing(d -> d.get(0).documentKey());
        List<Ranked> shown = byDocument.values().stream().sorted(order).limit(request.limit()).flatMap(List::stream)
                .toList();
        StoredFields stored = snapshot.storedFields();
        Set<String> fields = request.snippets() ? SHOWN_WITH_TEXT : SHOWN;
        List<Ranked> read = new ArrayList<>(shown.size());
        for (Ranked section : shown) {
            read.add(section.withStored(stored.document(section.doc(), fields)));
        }
        return read;
    }

    /** Equal to three significant decimals: translations of one text score alike but rarely identically. */
    private static long rounded(float score) {
        return Math.round(score * 1000.0);
    }

    private static SearchHit hit(Ranked section, boolean mostWords, List<String> snippets) {
        Document fields = section.stored();
        var page = fields.getField(PAGE);
        // the bonuses for containing every word, or more of the words, order results; the relevance is what is shown
        float score = mostWords ? section.score() % QueryFactory.GROUP_STEP
                : section.score() >= QueryFactory.ALL_GROUPS_BONUS ? section.score() - QueryFactory.ALL_GROUPS_BONUS
                        : section.score();
        return new SearchHit(section.documentKey() + "#" + fields.get(ANCHOR), section.documentKey().split("/", 2)[0],
                fields.get(DOC), section.lang(),
                fields.get(KIND), fields.get(TITLE), List.of(fields.getValues(BREADCRUMB)), fields.get(ANCHOR),
                fields.get(HEADING),
                page == null ? OptionalInt.empty() : OptionalInt.of(page.numericValue().intValue()),
                score, snippets);
    }

    /** One to three passages per section, from the body's postings offsets. */
    private List<List<String>> highlight(Snapshot snapshot, BuiltQuery built, List<Ranked> sections)
            throws IOException {
        int[] ids = sections.stream().mapToInt(Ranked::doc).toArray();
        String[] texts = sections.stream().map(section -> section.stored().get(BODY)).toArray(String[]::new);
        return new SectionHighlighter(snapshot, analysis).passages(BODY, built.highlight(), ids, texts, MAX_PASSAGES);
    }

    private static Map<String, List<FacetCount>> facets(Facets counts) throws IOException {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            List<FacetCount> values = new ArrayList<>();
            try {
                FacetResult top = counts.getTopChildren(FACET_VALUES, facet);
                if (top != null) {
                    for (LabelAndValue value : top.labelValues) {
                        values.add(new FacetCount(value.label, value.value.intValue()));
                    }
                }
            } catch (IllegalArgumentException e) {
                // no section has this facet yet (e.g. no guidance, so no doctype)
            }
            result.put(facet, values);
        }
        return result;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

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
import org.sendero.search.internal.analysis.Language;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.query.BuiltQuery;
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
    /** A query "finds almost nothing" when at most this many sections contain all its words. */
    private static final int ALMOST_NOTHING = 1;

    private final TextAnalysis analysis;
    private final QueryFactory queries;
    private final Spelling spelling;

    SearchRunner(TextAnalysis analysis) {
        this.analysis = analysis;
        this.queries = new QueryFactory(analysis, facetsConfig());
        this.spelling = new Spelling(analysis);
    }

    SearchResults search(Snapshot snapshot, SearchRequest request) throws IOException {
        long start = System.nanoTime();
        BuiltQuery built = queries.build(QueryText.parse(request.query()), snapshot.glossary(), request.filters());
        if (built.empty()) {
            return new SearchResults(request.query(), List.of(), Map.of(), List.of(), Optional.empty(), 0,
                    millis(start));
        }
        List<String> didYouMean = request.snippets() || request.facets()
                ? spelling.suggest(snapshot.getIndexReader(), request.query(), built.words(),
                        Language.of(request.language()))
                : List.of();
        if (!didYouMean.isEmpty()) {
            // judged in the user's language: a misspelled English word that happens to match a French
            // stem still finds almost nothing the user can read, so the corrected query is shown
            Map<String, Set<String>> scope = inUsersLanguage(request);
            BuiltQuery typed = queries.build(QueryText.parse(request.query()), snapshot.glossary(), scope);
            int before = snapshot.count(typed.complete());
            if (before <= ALMOST_NOTHING) {
                // the first correction that the user's language has enough of: "imposters" is one letter
                // from the French "imposteurs" as well as from the English "impostors"
                for (String correction : didYouMean) {
                    int after = snapshot.count(queries.build(QueryText.parse(correction), snapshot.glossary(), scope)
                            .complete());
                    if (after > Math.max(2, 2 * before)) {
                        BuiltQuery corrected = queries.build(QueryText.parse(correction), snapshot.glossary(),
                                request.filters());
                        List<String> offered = new ArrayList<>(didYouMean);
                        offered.remove(correction);
                        offered.add(0, correction);
                        return run(snapshot, request, corrected, offered, Optional.of(correction), start);
                    }
                }
            }
        }
        return run(snapshot, request, built, didYouMean, Optional.empty(), start);
    }

    /** The request's filters, narrowed to the user's language unless the user chose languages. */
    private static Map<String, Set<String>> inUsersLanguage(SearchRequest request) {
        if (request.filters().containsKey(FACET_LANGUAGE) || request.language() == null
                || request.language().isBlank()) {
            return request.filters();
        }
        Map<String, Set<String>> scope = new java.util.HashMap<>(request.filters());
        scope.put(FACET_LANGUAGE, Set.of(request.language()));
        return scope;
    }

    private SearchResults run(Snapshot snapshot, SearchRequest request, BuiltQuery built, List<String> didYouMean,
            Optional<String> showing, long start) throws IOException {
        int wanted = Math.max(50, request.limit() * SECTIONS_PER_DOCUMENT * 3);
        // ranked as a bare search is (Lucene skips what cannot reach the top); facets count every
        // match in a second pass that scores nothing, cheaper than scoring every match to rank it
        TopDocs top = snapshot.search(built.ranked(), wanted);
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
            hits.add(hit(ranked.get(i), built, snippets.get(i)));
        }
        return new SearchResults(request.query(), hits, facets, didYouMean, showing, total, millis(start));
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

    private static SearchHit hit(Ranked section, BuiltQuery built, List<String> snippets) {
        Document fields = section.stored();
        var page = fields.getField(PAGE);
        // the bonus for containing every word orders results; the relevance is what is shown
        float score = built.groups() > 1 && section.score() >= QueryFactory.ALL_GROUPS_BONUS
                ? section.score() - QueryFactory.ALL_GROUPS_BONUS : section.score();
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

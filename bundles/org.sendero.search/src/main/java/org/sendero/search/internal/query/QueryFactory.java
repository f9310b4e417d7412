package org.sendero.search.internal.query;

import static org.sendero.search.internal.index.IndexSchema.TEXT_FIELDS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.sendero.search.QueryTooLongException;
import org.sendero.search.internal.analysis.Language;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.index.IndexSchema;
import org.sendero.search.internal.query.ParsedQuery.Group;
import org.sendero.search.internal.query.ParsedQuery.Part;

/**
 * Turns a parsed query into Lucene queries over the title, heading and body of every section, in
 * every language at once:
 * <ul>
 * <li>a word matches its stem in each language (and its exact form, a little higher);</li>
 * <li>a quoted phrase matches its exact words only;</li>
 * <li>words that form a glossary term also match the concept's other terms, as phrases in their
 * own language;</li>
 * <li>sections matching every group get a fixed bonus ({@value #ALL_GROUPS_BONUS}) larger than any
 * relevance score, so they always rank above sections missing a word;</li>
 * <li>a word that is a stop word in one language only ("sea" in Spanish, "at" in English) is
 * searched in the others without being required; a query of nothing but stop words is searched
 * in the languages where they are not; so are the words that only frame a question ({@link QuestionWords}).</li>
 * </ul>
 */
public final class QueryFactory {

    /** Larger than any BM25 sum a query of a few words reaches; subtracted again for display. */
    public static final float ALL_GROUPS_BONUS = 10_000f;
    /**
     * Per group a section matches, when no section matches them all: larger than any relevance
     * score, so sections with more of the words come first ({@link BuiltQuery#mostWords()}).
     */
    public static final float GROUP_STEP = 1_000f;

    private static final float EXACT_BOOST = 1.2f;
    private static final float SYNONYM_BOOST = 0.8f;
    private static final float LOOSE_WORDS_BOOST = 0.5f;
    private static final float TIE_BREAKER = 0.1f;
    /**
     * A synonym of several words also matches with a word or two between them: the thesaurus's
     * "definición de refugiado" finds "definición ampliada de refugiado".
     */
    private static final int SYNONYM_SLOP = 2;
    /** How the index names a thesaurus concept, apart from the glossary's. */
    private static final String THESAURUS_CONCEPT = org.sendero.search.internal.index.PackDocuments.THESAURUS_PREFIX;
    /**
     * A thesaurus synonym weighs less than a glossary one: the glossary names the few key terms a
     * course teaches, the thesaurus the many ways people say things, some of them rare words that
     * would otherwise outscore the word typed.
     */
    private static final float THESAURUS_SYNONYM_BOOST = 0.4f;

    private final TextAnalysis analysis;
    private final FacetsConfig facets;
    private final QueryBudget budget;
    private final Map<Language, QueryBuilder> stems;
    private final Map<Language, QueryBuilder> exact;
    /** Whether a word also matches its exact form, a little higher than its stem. */
    private final boolean exactForms;

    public QueryFactory(TextAnalysis analysis, FacetsConfig facets) {
        this(analysis, facets, QueryBudget.standard());
    }

    public QueryFactory(TextAnalysis analysis, FacetsConfig facets, QueryBudget budget) {
        this.analysis = analysis;
        this.facets = facets;
        this.budget = budget;
        this.stems = new EnumMap<>(Language.class);
        this.exact = new EnumMap<>(Language.class);
        this.exactForms = true;
        for (Language language : Language.values()) {
            stems.put(language, new QueryBuilder(analysis.stems(language)));
            exact.put(language, new QueryBuilder(analysis.exact(language)));
        }
    }

    private QueryFactory(QueryFactory full) {
        this.analysis = full.analysis;
        this.facets = full.facets;
        this.budget = full.budget;
        this.stems = full.stems;
        this.exact = full.exact;
        this.exactForms = false;
    }

    /**
     * The query for {@code parsed}, expanded as far as the clause budget allows: with the glossary's
     * synonyms and exact forms when it fits, else without synonyms, else with stems alone. Lucene
     * would otherwise refuse a long query of glossary terms with TooManyNestedClauses.
     *
     * @throws QueryTooLongException when the query has more words than a search takes, or (with a
     *     clause limit lowered below the default) when even stems alone do not fit
     */
    public BuiltQuery build(ParsedQuery parsed, Glossary glossary, Map<String, Set<String>> requestFilters)
            throws QueryTooLongException {
        budget.checkWords(parsed);
        BuiltQuery full = assemble(parsed, glossary, requestFilters);
        if (budget.fits(full.ranked())) {
            return full;
        }
        BuiltQuery withoutSynonyms = assemble(parsed, Glossary.EMPTY, requestFilters);
        if (budget.fits(withoutSynonyms.ranked())) {
            return withoutSynonyms;
        }
        BuiltQuery stemsOnly = new QueryFactory(this).assemble(parsed, Glossary.EMPTY, requestFilters);
        if (budget.fits(stemsOnly.ranked())) {
            return stemsOnly;
        }
        throw new QueryTooLongException(budget.maxWords(), QueryBudget.words(parsed));
    }

    private BuiltQuery assemble(ParsedQuery parsed, Glossary glossary, Map<String, Set<String>> requestFilters) {
        List<Query> groups = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Set<String> queryLanguages = new TreeSet<>();
        List<Group> pending = new ArrayList<>();
        List<String> stopWords = new ArrayList<>();
        List<String> expansions = new ArrayList<>();
        for (Group group : parsed.groups()) {
            if (group.isWord()) {
                pending.add(group);
                continue;
            }
            addWords(pending, glossary, groups, words, queryLanguages, stopWords, expansions);
            pending.clear();
            Query alternatives = alternatives(group.alternatives().stream().map(this::part).toList());
            if (alternatives != null) {
                groups.add(alternatives);
            }
            group.alternatives().stream().filter(p -> !p.phrase()).forEach(p -> words.add(p.text()));
        }
        addWords(pending, glossary, groups, words, queryLanguages, stopWords, expansions);
        List<Query> optional = new ArrayList<>();
        for (String stopWord : stopWords) {
            int languages = analysis.stopWordLanguages(stopWord);
            Query query = languages < TextAnalysis.STOP_LANGUAGES ? word(stopWord) : null;
            boolean question = QuestionWords.contains(stopWord, analysis.plain());
            if (query != null && (groups.isEmpty() || languages == 1 || question)) {
                optional.add(query);
            }
        }
        if (groups.isEmpty()) {
            // nothing but stop words: searched where they are words ("sea" is one in English)
            groups.addAll(optional);
            optional.clear();
        }

        Map<String, Set<String>> filters = new java.util.TreeMap<>(requestFilters);
        parsed.filters().forEach((facet, values) -> filters.merge(facet, values, (a, b) -> {
            Set<String> both = new LinkedHashSet<>(a);
            both.addAll(b);
            return both;
        }));
        boolean empty = groups.isEmpty() && filters.isEmpty();
        Query any;
        Query all;
        Query some;
        if (groups.isEmpty()) {
            any = empty ? new MatchNoDocsQuery("nothing to search for") : new MatchAllDocsQuery();
            all = any;
            some = new MatchNoDocsQuery("nothing to mark");
        } else if (groups.size() == 1 && optional.isEmpty()) {
            any = groups.get(0);
            all = any;
            some = any;
        } else {
            BooleanQuery.Builder anyGroup = new BooleanQuery.Builder();
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            for (Query group : groups) {
                anyGroup.add(group, Occur.SHOULD);
                every.add(group, Occur.MUST);
            }
            optional.forEach(query -> anyGroup.add(query, Occur.SHOULD));
            all = groups.size() == 1 ? groups.get(0) : every.build();
            some = anyGroup.build();
            any = new BooleanQuery.Builder().add(some, Occur.SHOULD)
                    .add(new BoostQuery(new ConstantScoreQuery(all), ALL_GROUPS_BONUS), Occur.SHOULD).build();
        }
        List<Query> excluded = parsed.excluded().stream().map(this::excludedPart).filter(q -> q != null).toList();
        Query ranked = restrict(any, excluded, filters);
        Query matching = groups.size() > 1 || !optional.isEmpty() ? restrict(some, excluded, filters) : ranked;
        Query body = FieldPart.of(some, IndexSchema.BODY);
        return new BuiltQuery(ranked, matching, restrict(all, excluded, filters),
                body == null ? new MatchNoDocsQuery("nothing to mark in the body") : body, groups.size(),
                words, queryLanguages, empty, groups.size() > 1 ? restrict(mostWords(some, groups), excluded, filters)
                        : ranked,
                expansions);
    }

    /** Sections by how many groups they match, then by relevance. */
    private static Query mostWords(Query some, List<Query> groups) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(some, Occur.SHOULD);
        groups.forEach(group -> builder.add(new BoostQuery(new ConstantScoreQuery(group), GROUP_STEP), Occur.SHOULD));
        return builder.build();
    }

    private Query restrict(Query query, List<Query> excluded, Map<String, Set<String>> filters) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.RECORD, IndexSchema.SECTION)), Occur.FILTER);
        excluded.forEach(q -> builder.add(q, Occur.MUST_NOT));
        if (filters.isEmpty()) {
            return builder.build();
        }
        DrillDownQuery drillDown = new DrillDownQuery(facets, builder.build());
        // one call per value: values of one facet are alternatives (OR), not the levels of a path
        filters.forEach((facet, values) -> values.forEach(value -> drillDown.add(facet, value)));
        return drillDown;
    }

    /**
     * Consecutive plain words: those that form glossary terms become one group with the concept's
     * other terms; the rest stay one group per word. Stop words are set aside in {@code stopWords}.
     */
    private void addWords(List<Group> wordGroups, Glossary glossary, List<Query> groups, List<String> words,
            Set<String> queryLanguages, List<String> stopWords, List<String> expansions) {
        if (wordGroups.isEmpty()) {
            return;
        }
        List<String> tokens = new ArrayList<>();
        List<Integer> wordStarts = new ArrayList<>();
        Set<Integer> wordEnds = new java.util.HashSet<>();
        List<String> texts = wordGroups.stream().map(g -> g.alternatives().get(0).text()).toList();
        for (String text : texts) {
            wordStarts.add(tokens.size());
            tokens.addAll(Glossary.tokens(analysis.plain(), text));
            wordEnds.add(tokens.size());
        }
        int word = 0;
        while (word < texts.size()) {
            int start = wordStarts.get(word);
            var match = start < tokens.size() && (word + 1 >= texts.size() || wordStarts.get(word + 1) > start)
                    ? glossary.longestAt(tokens, start, wordEnds::contains)
                    : java.util.Optional.<Glossary.Match>empty();
            if (match.isPresent()) {
                int end = start + match.get().length();
                int lastWord = word;
                while (lastWord + 1 < texts.size() && wordStarts.get(lastWord + 1) < end) {
                    lastWord++;
                }
                String typed = String.join(" ", texts.subList(word, lastWord + 1));
                groups.add(concept(typed, match.get().terms(), glossary, expansions));
                match.get().terms().forEach(t -> queryLanguages.add(t.lang()));
                texts.subList(word, lastWord + 1).forEach(words::add);
                word = lastWord + 1;
            } else {
                String text = texts.get(word);
                if (!analysis.isStopWord(text) && !QuestionWords.contains(text, analysis.plain())) {
                    Query query = word(text);
                    if (query != null) {
                        groups.add(query);
                    }
                } else {
                    stopWords.add(text);
                }
                words.add(text);
                word++;
            }
        }
    }

    /** A concept by every one of its terms, in every language, as phrases: for related documents. */
    public Query allTermsOf(List<Glossary.Term> matched, Glossary glossary) {
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(word(matched.get(0).text()));
        for (Glossary.Term synonym : glossary.synonyms(matched)) {
            alternatives.add(inFields(stems.get(Language.of(synonym.lang())), synonym.text(), SYNONYM_SLOP));
        }
        return alternatives(alternatives);
    }

    private Query concept(String typed, List<Glossary.Term> matched, Glossary glossary, List<String> expansions) {
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(word(typed));
        // the typed words in any order and form, lower: "refusal of entry" also finds "refuse entry"
        List<String> typedWords = List.of(typed.split("\\s+"));
        if (typedWords.size() > 1) {
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            int count = 0;
            for (String typedWord : typedWords) {
                Query query = analysis.isStopWord(typedWord) ? null : word(typedWord);
                if (query != null) {
                    every.add(query, Occur.MUST);
                    count++;
                }
            }
            if (count > 1) {
                alternatives.add(new BoostQuery(every.build(), LOOSE_WORDS_BOOST));
            }
        }
        for (Glossary.Term synonym : glossary.synonyms(matched)) {
            Query phrase = inFields(stems.get(Language.of(synonym.lang())), synonym.text(), SYNONYM_SLOP);
            if (phrase != null) {
                if (!expansions.contains(synonym.text())) {
                    expansions.add(synonym.text());
                }
                // a phrase scores the sum of its words' weights: divided by its length, a long
                // synonym does not outrank the word the user typed
                float boost = synonym.concept().startsWith(THESAURUS_CONCEPT) ? THESAURUS_SYNONYM_BOOST : SYNONYM_BOOST;
                alternatives.add(new BoostQuery(phrase, boost / synonym.tokens().size()));
            }
        }
        NarrowerTerms.add(glossary.narrower(matched), alternatives, expansions,
                text -> inFields(stems.get(Language.of(text.lang())), text.text(), SYNONYM_SLOP));
        return alternatives(alternatives);
    }

    private Query part(Part part) {
        return part.phrase() ? phrase(part.text()) : word(part.text());
    }

    private Query excludedPart(Part part) {
        return part(part);
    }

    /** A word (or words typed together) by its stem in every language, its exact form a little higher. */
    private Query word(String text) {
        Set<Query> disjuncts = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            Query stem = inFields(stems.get(language), text);
            if (stem != null) {
                disjuncts.add(stem);
            }
        }
        for (Language language : exactForms ? Language.values() : new Language[0]) {
            Query exactForm = inFields(exact.get(language), text);
            if (exactForm != null) {
                disjuncts.add(new BoostQuery(exactForm, EXACT_BOOST));
            }
        }
        return disjuncts.isEmpty() ? null : new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
    }

    /** Exact words only, in order. */
    private Query phrase(String text) {
        Set<Query> disjuncts = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            Query query = inFields(exact.get(language), text);
            if (query != null) {
                disjuncts.add(query);
            }
        }
        return disjuncts.isEmpty() ? null : new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
    }

    private static Query inFields(QueryBuilder builder, String text) {
        return inFields(builder, text, 0);
    }

    /** @param slop how many other words may come between the words of {@code text} */
    private static Query inFields(QueryBuilder builder, String text, int slop) {
        List<Query> perField = new ArrayList<>();
        for (var field : TEXT_FIELDS.entrySet()) {
            Query query = builder.createPhraseQuery(field.getKey(), text, slop);
            if (query != null) {
                perField.add(new BoostQuery(query, field.getValue()));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Query alternatives(List<Query> queries) {
        List<Query> present = queries.stream().filter(q -> q != null).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.size() == 1 ? present.get(0) : new DisjunctionMaxQuery(present, 0.3f);
    }
}

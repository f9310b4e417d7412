package org.sendero.search.internal.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.sendero.search.internal.index.PackDocuments;

/**
 * The installed packs' glossaries as query-time synonyms: a typed term (one or more words, accents
 * and case ignored) finds the other terms of its concept in every language. Only whole terms
 * match, so a word that is not itself a term is never expanded: plain Spanish "tráfico" is not a
 * term, and does not become "trafficking".
 */
public final class Glossary {

    public static final Glossary EMPTY = new Glossary(List.of(), null);

    /** One term of a concept in one language, with its words as the plain analyzer gives them. */
    public record Term(String concept, String lang, String text, List<String> tokens) {
    }

    /** Terms found in a query: {@code length} query tokens from the start position. */
    public record Match(int length, List<Term> terms) {
    }

    /**
     * A concept finds its narrower concepts only when it has at most this many: "gender-based
     * violence" finds "sexual violence" and "domestic violence", while a concept as wide as
     * "migration" would add more words than a query can hold, most of them beside the point.
     */
    static final int MAX_NARROWER = 4;

    private final Map<List<String>, List<Term>> byTokens = new HashMap<>();
    private final Map<String, List<Term>> byConcept = new LinkedHashMap<>();
    private final Map<String, List<String>> narrower = new HashMap<>();
    private final int longest;

    private Glossary(List<String> lines, Analyzer plain) {
        int max = 0;
        for (String line : lines) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            if (parts[1].equals(PackDocuments.BROADER)) {
                narrower.computeIfAbsent(parts[2], broader -> new ArrayList<>()).add(parts[0]);
                continue;
            }
            List<String> tokens = tokens(plain, parts[2]);
            if (tokens.isEmpty()) {
                continue;
            }
            Term term = new Term(parts[0], parts[1], parts[2], tokens);
            byTokens.computeIfAbsent(folded(tokens), t -> new ArrayList<>()).add(term);
            byConcept.computeIfAbsent(term.concept(), c -> new ArrayList<>()).add(term);
            max = Math.max(max, tokens.size());
        }
        longest = max;
    }

    /** From lines {@code concept TAB language TAB term}, as the index stores them. */
    public static Glossary of(List<String> lines, Analyzer plain) {
        return lines.isEmpty() ? EMPTY : new Glossary(lines, plain);
    }

    public List<Term> terms() {
        return byConcept.values().stream().flatMap(List::stream).toList();
    }

    /** The longest term that starts at {@code start} and ends where {@code ends} allows. */
    public Optional<Match> longestAt(List<String> tokens, int start, java.util.function.IntPredicate ends) {
        for (int length = Math.min(longest, tokens.size() - start); length > 0; length--) {
            if (!ends.test(start + length)) {
                continue;
            }
            List<Term> terms = byTokens.get(folded(tokens.subList(start, start + length)));
            if (terms != null) {
                return Optional.of(new Match(length, terms));
            }
        }
        return Optional.empty();
    }

    /** Every other term of the concepts of {@code matched}, in every language. */
    public List<Term> synonyms(List<Term> matched) {
        List<Term> result = new ArrayList<>();
        for (String concept : matched.stream().map(Term::concept).distinct().toList()) {
            for (Term term : byConcept.getOrDefault(concept, List.of())) {
                if (!term.tokens().equals(matched.get(0).tokens()) && !result.contains(term)) {
                    result.add(term);
                }
            }
        }
        return result;
    }

    /**
     * The preferred term, in each language, of each narrower concept of the concepts of
     * {@code matched}, for those with at most {@value #MAX_NARROWER} narrower concepts: a search
     * for a concept also finds texts that name one of its kinds.
     */
    public List<Term> narrower(List<Term> matched) {
        List<Term> result = new ArrayList<>();
        for (String concept : matched.stream().map(Term::concept).distinct().toList()) {
            List<String> kinds = narrower.getOrDefault(concept, List.of());
            if (kinds.size() > MAX_NARROWER) {
                continue;
            }
            for (String kind : kinds) {
                Map<String, Term> preferred = new LinkedHashMap<>();
                byConcept.getOrDefault(kind, List.of()).forEach(term -> preferred.putIfAbsent(term.lang(), term));
                preferred.values().stream().filter(term -> !result.contains(term)).forEach(result::add);
            }
        }
        return result;
    }

    /**
     * Words as terms are matched: without a final "s", so that a plural typed finds a term written
     * in the singular ("pasaportes falsos", "faux passeports", "forged passports"). Both sides are
     * folded alike, so a word that merely ends in "s" still matches itself.
     */
    static List<String> folded(List<String> tokens) {
        List<String> folded = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            folded.add(token.length() > 3 && token.endsWith("s") ? token.substring(0, token.length() - 1) : token);
        }
        return folded;
    }

    public static List<String> tokens(Analyzer analyzer, String text) {
        return org.sendero.search.internal.analysis.TextAnalysis.tokens(analyzer, text);
    }
}

package org.sendero.core.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The migration thesaurus of one or more packs: concepts with their terms in each language and
 * their broader concepts. Search uses it to widen a query with the other names of the same concept
 * in the query's language ("forged document" also finds "fraudulent document") and with its names
 * in the other languages ("passport" also finds "pasaporte").
 *
 * <p>Terms are looked up by their words only: without case, accents or punctuation, with the
 * typographic apostrophe as the plain one, since officials often type without accents or hyphens
 * ("non refoulement", "tramite de asilo").
 */
public final class Thesaurus {

    private static final Thesaurus EMPTY = new Thesaurus(List.of());
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" +");
    /** Everything between words: a word is letters and digits, with apostrophes inside. */
    private static final Pattern BETWEEN_WORDS = Pattern
            .compile("[^\\p{L}\\p{N}']+|(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}])");

    private final List<Concept> concepts;
    private final Map<String, Concept> byId = new HashMap<>();
    /** language to term key to concept. */
    private final Map<String, Map<String, Concept>> byTerm = new HashMap<>();
    private final Map<String, List<Concept>> narrower = new HashMap<>();
    private int longestTermWords;

    private Thesaurus(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        for (Concept concept : this.concepts) {
            byId.put(concept.id(), concept);
            concept.broader().ifPresent(
                    broader -> narrower.computeIfAbsent(broader, k -> new ArrayList<>()).add(concept));
            concept.terms().forEach((language, terms) -> {
                Map<String, Concept> index = byTerm.computeIfAbsent(language, k -> new HashMap<>());
                for (String term : terms) {
                    // a term names one concept per language; a later pack cannot take it over
                    index.putIfAbsent(key(term), concept);
                    longestTermWords = Math.max(longestTermWords, key(term).split(" ").length);
                }
            });
        }
    }

    public static Thesaurus empty() {
        return EMPTY;
    }

    /** A thesaurus of {@code concepts}; ids are expected to be unique (a pack's validator sees to it). */
    public static Thesaurus of(List<Concept> concepts) {
        return concepts.isEmpty() ? EMPTY : new Thesaurus(concepts);
    }

    /**
     * The thesauri of several packs as one, in the order given: a concept id found in more than
     * one pack is one concept, with the terms of the later packs added to those of the first, so a
     * ministry's pack can add its own words to a concept of the starter pack by repeating its id.
     */
    public static Thesaurus merge(List<Thesaurus> thesauri) {
        Map<String, Concept> merged = new LinkedHashMap<>();
        for (Thesaurus thesaurus : thesauri) {
            for (Concept concept : thesaurus.concepts) {
                merged.merge(concept.id(), concept, Concept::plus);
            }
        }
        return of(new ArrayList<>(merged.values()));
    }

    /**
     * The form a term is compared in: its words in lower case, without accents, with plain
     * apostrophes, separated by single spaces. Two terms with the same key are the same term.
     */
    public static String key(String term) {
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('’', '\'').replace('‘', '\'');
        String spaced = BETWEEN_WORDS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(spaced).replaceAll(" ").strip();
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The concept that {@code term} names in {@code language}. */
    public Optional<Concept> conceptOf(String term, String language) {
        return Optional.ofNullable(byTerm.getOrDefault(language, Map.of()).get(key(term)));
    }

    /**
     * The other names of the concept that {@code phrase} names in {@code language}: its alternative
     * terms in that language, its terms in the other languages and the terms of its broader concept
     * in that language. Empty when the phrase is not a term of the thesaurus in that language.
     */
    public Optional<ThesaurusExpansion> expand(String phrase, String language) {
        return conceptOf(phrase, language).map(concept -> expansion(concept, phrase, language));
    }

    /** {@link #expand(String, String)} in every language the phrase is a term of, for a query of unknown language. */
    public List<ThesaurusExpansion> expandInAnyLanguage(String phrase) {
        List<ThesaurusExpansion> found = new ArrayList<>();
        byTerm.keySet().stream().sorted().forEach(language -> expand(phrase, language).ifPresent(found::add));
        return found;
    }

    private ThesaurusExpansion expansion(Concept concept, String phrase, String language) {
        String key = key(phrase);
        String spelled = concept.terms(language).stream().filter(term -> key(term).equals(key)).findFirst()
                .orElse(phrase);
        List<String> alternatives = concept.terms(language).stream().filter(term -> !key(term).equals(key)).toList();
        Map<String, List<String>> equivalents = new LinkedHashMap<>();
        concept.terms().forEach((other, terms) -> {
            if (!other.equals(language)) {
                equivalents.put(other, terms);
            }
        });
        List<String> broaderTerms = concept.broader().flatMap(this::concept).map(broader -> broader.terms(language))
                .orElse(List.of());
        return new ThesaurusExpansion(concept, language, spelled, alternatives, equivalents, broaderTerms);
    }

    /**
     * Every thesaurus term in {@code text} in {@code language}, each with its expansion, scanning
     * from the left and taking the longest term at each word, so that "documento de viaje falso"
     * finds "documento de viaje" rather than "documento" alone.
     */
    public List<ThesaurusExpansion> phrasesIn(String text, String language) {
        Map<String, Concept> index = byTerm.getOrDefault(language, Map.of());
        String[] words = key(text).split(" ");
        List<ThesaurusExpansion> found = new ArrayList<>();
        int start = 0;
        while (start < words.length) {
            int length = Math.min(longestTermWords, words.length - start);
            for (; length > 0; length--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length));
                Concept concept = index.get(phrase);
                if (concept != null) {
                    found.add(expansion(concept, phrase, language));
                    break;
                }
            }
            start += Math.max(length, 1);
        }
        return found;
    }

    /** The concepts whose broader concept is {@code id}, in file order. */
    public List<Concept> narrower(String id) {
        return List.copyOf(narrower.getOrDefault(id, List.of()));
    }

    /** The concepts without a broader concept. */
    public List<Concept> topConcepts() {
        return concepts.stream().filter(concept -> concept.broader().isEmpty()).toList();
    }

    /** The most words any term has, so that a query need not be scanned for longer phrases. */
    public int longestTermWords() {
        return longestTermWords;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Thesaurus that && concepts.equals(that.concepts);
    }

    @Override
    public int hashCode() {
        return concepts.hashCode();
    }

    @Override
    public String toString() {
        return "Thesaurus[" + concepts.size() + " concepts]";
    }
}

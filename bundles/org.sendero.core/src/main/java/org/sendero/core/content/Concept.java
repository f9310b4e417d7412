package org.sendero.core.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One concept of the migration thesaurus: its terms per language, the preferred term first and
 * then the alternative terms, and the broader concept it falls under (none for a top concept).
 *
 * @param broader the id of the broader concept; empty for a top concept
 * @param terms language code to the terms in that language, the preferred term first
 */
public record Concept(String id, Optional<String> broader, Map<String, List<String>> terms) {

    public Concept {
        PackInfo.requireText(id, "concept id");
        broader = broader == null ? Optional.empty() : broader;
        TreeMap<String, List<String>> copy = new TreeMap<>();
        terms.forEach((language, list) -> {
            if (!list.isEmpty()) {
                copy.put(language, List.copyOf(list));
            }
        });
        terms = Collections.unmodifiableMap(copy);
    }

    /** The languages the concept has terms in. */
    public List<String> languages() {
        return List.copyOf(terms.keySet());
    }

    /** Every term in {@code language}, the preferred one first; empty when not in that language. */
    public List<String> terms(String language) {
        return terms.getOrDefault(language, List.of());
    }

    /** The preferred term in {@code language}. */
    public Optional<String> preferred(String language) {
        return terms(language).stream().findFirst();
    }

    /** The alternative terms in {@code language}: all but the preferred one. */
    public List<String> alternatives(String language) {
        List<String> all = terms(language);
        return all.size() < 2 ? List.of() : all.subList(1, all.size());
    }

    /** This concept with the terms of {@code other} added after its own, skipping those it has. */
    Concept plus(Concept other) {
        Map<String, List<String>> merged = new TreeMap<>();
        terms.forEach((language, list) -> merged.put(language, new ArrayList<>(list)));
        other.terms.forEach((language, list) -> {
            List<String> mine = merged.computeIfAbsent(language, k -> new ArrayList<>());
            for (String term : list) {
                if (mine.stream().noneMatch(known -> Thesaurus.key(known).equals(Thesaurus.key(term)))) {
                    mine.add(term);
                }
            }
        });
        return new Concept(id, broader.or(other::broader), merged);
    }
}

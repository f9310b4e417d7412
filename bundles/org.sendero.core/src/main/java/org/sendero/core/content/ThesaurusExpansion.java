package org.sendero.core.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a word or phrase of a query stands for in the thesaurus, ready for query expansion.
 *
 * @param concept the concept the phrase names
 * @param language the language the phrase was looked up in
 * @param phrase the phrase as the thesaurus spells it (with its accents)
 * @param alternatives the concept's other terms in the same language, the preferred term first
 *        unless it is the phrase itself (e.g. forged document: fraudulent document, fake document ...)
 * @param equivalents the concept's terms in each other language, the preferred term first
 * @param broaderTerms the broader concept's terms in the same language (passport: travel document),
 *        wider than the phrase, so a search may weigh them lower
 */
public record ThesaurusExpansion(Concept concept, String language, String phrase, List<String> alternatives,
        Map<String, List<String>> equivalents, List<String> broaderTerms) {

    public ThesaurusExpansion {
        alternatives = List.copyOf(alternatives);
        broaderTerms = List.copyOf(broaderTerms);
        TreeMap<String, List<String>> copy = new TreeMap<>();
        equivalents.forEach((lang, terms) -> copy.put(lang, List.copyOf(terms)));
        equivalents = java.util.Collections.unmodifiableMap(copy);
    }

    /** The alternatives and then every equivalent, for a search that looks in all languages. */
    public List<String> allOtherTerms() {
        List<String> all = new java.util.ArrayList<>(alternatives);
        equivalents.values().forEach(all::addAll);
        return List.copyOf(all);
    }
}

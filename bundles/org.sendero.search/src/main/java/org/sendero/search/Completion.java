package org.sendero.search;

/**
 * A completion for the search box.
 *
 * @param kind {@code title} for a document title, {@code glossary} for a glossary term
 * @param lang the language of the text
 */
public record Completion(String text, String kind, String lang) {
}

package org.sendero.search;

/** One value of a facet (kind, topic, doctype, language, subregion, pack) and how many matching sections have it. */
public record FacetCount(String value, int count) {
}

package org.sendero.search.internal.index;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Section;

/**
 * One language version of a guidance document or lesson as the index holds it.
 *
 * @param key {@code pack/kind/doc/lang}, unique in the library
 * @param hash SHA-256 of everything indexed, to skip unchanged documents
 */
public record IndexedDocument(String key, String pack, String kind, String doc, String lang, String title,
        List<String> breadcrumb, List<String> topics, Optional<String> doctype, Optional<String> subregion,
        List<Section> sections, String hash) {

    public IndexedDocument {
        breadcrumb = List.copyOf(breadcrumb);
        topics = List.copyOf(topics);
        sections = List.copyOf(sections);
    }
}

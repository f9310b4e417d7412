package org.sendero.search;

import java.util.List;
import java.util.OptionalInt;

/**
 * One matching section.
 *
 * @param id the section's stable id: {@code pack/kind/doc/lang#anchor}
 * @param doc the document's id, the same in every translation
 * @param kind {@code guidance} or {@code lesson}
 * @param breadcrumb pack > course > module for a lesson, pack > document type for guidance
 * @param section the section's anchor, to open the document there; empty for the text before the
 *     first heading
 * @param page the page a section of an imported PDF starts on
 * @param snippets one to three passages with the matching words in {@code <b>} marks, the rest
 *     escaped as HTML
 */
public record SearchHit(String id, String pack, String doc, String lang, String kind, String title,
        List<String> breadcrumb, String section, String sectionTitle, OptionalInt page, float score,
        List<String> snippets) {

    public SearchHit {
        breadcrumb = List.copyOf(breadcrumb);
        snippets = List.copyOf(snippets);
        page = page == null ? OptionalInt.empty() : page;
    }

    /** The key {@link #documentKey()} gives for a document of {@code pack} in {@code lang}. */
    public static String documentKey(String pack, String kind, String doc, String lang) {
        return pack + "/" + kind + "/" + doc + "/" + lang;
    }

    /** The document this section belongs to, in its language: {@code pack/kind/doc/lang}. */
    public String documentKey() {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }
}

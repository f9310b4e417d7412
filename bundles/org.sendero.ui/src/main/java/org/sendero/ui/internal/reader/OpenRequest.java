package org.sendero.ui.internal.reader;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.ContentLink;

/**
 * What to show in the reader: a lesson or a guidance document, optionally at a section and with
 * the words of a search marked.
 *
 * @param packId the pack to look in first (a link inside a pack stays in that pack)
 * @param language the version to show when the document has several: a search hit's language, or
 *        the language of the document a link was followed from; empty for the reader's own choice
 */
public record OpenRequest(ContentLink link, Optional<String> packId, List<String> highlight,
        Optional<String> language) {

    public OpenRequest {
        packId = packId == null ? Optional.empty() : packId;
        highlight = List.copyOf(highlight);
        language = language == null ? Optional.empty() : language;
    }

    public OpenRequest(ContentLink link, Optional<String> packId, List<String> highlight) {
        this(link, packId, highlight, Optional.empty());
    }

    public static OpenRequest of(ContentLink link, String packId) {
        return new OpenRequest(link, Optional.ofNullable(packId), List.of());
    }

    /** The same request for the version in {@code lang}, when there is one. */
    public OpenRequest inLanguage(String lang) {
        return new OpenRequest(link, packId, highlight, Optional.ofNullable(lang));
    }
}

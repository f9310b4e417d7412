package org.sendero.ui.internal.reader;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.ContentLink;

/**
 * What to show in the reader: a lesson or a guidance document, optionally at a section and with
 * the words of a search marked.
 *
 * @param packId the pack to look in first (a link inside a pack stays in that pack)
 */
public record OpenRequest(ContentLink link, Optional<String> packId, List<String> highlight) {

    public OpenRequest {
        packId = packId == null ? Optional.empty() : packId;
        highlight = List.copyOf(highlight);
    }

    public static OpenRequest of(ContentLink link, String packId) {
        return new OpenRequest(link, Optional.ofNullable(packId), List.of());
    }
}

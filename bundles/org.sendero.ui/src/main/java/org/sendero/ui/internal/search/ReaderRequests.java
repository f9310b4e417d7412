package org.sendero.ui.internal.search;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.ContentLink;
import org.sendero.search.SearchHit;
import org.sendero.ui.internal.reader.OpenRequest;

/** What the reader is asked to show for a search result: its document at its section, in its language, the words marked. */
public final class ReaderRequests {

    private ReaderRequests() {
    }

    /** @param shownQuery the query whose results these are (the corrected one when the search corrected it) */
    public static OpenRequest of(SearchHit hit, String shownQuery) {
        ContentLink.Kind kind = "lesson".equals(hit.kind()) ? ContentLink.Kind.LESSON : ContentLink.Kind.GUIDANCE;
        Optional<String> anchor = hit.section() == null || hit.section().isEmpty() ? Optional.empty()
                : Optional.of(hit.section());
        List<String> marked = hit.snippets().stream()
                .flatMap(snippet -> MarkedText.parse(snippet).markedWords().stream()).toList();
        // the hit's own language: the words searched are in that version, not in the reader's default
        return new OpenRequest(new ContentLink(kind, hit.doc(), anchor), Optional.of(hit.pack()),
                QueryWords.of(shownQuery, marked)).inLanguage(hit.lang());
    }
}

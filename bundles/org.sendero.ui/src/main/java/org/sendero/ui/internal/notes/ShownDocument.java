package org.sendero.ui.internal.notes;

import java.util.List;

import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Section;
import org.sendero.progress.Note;

/** The document the reader shows: what a new note is made on, and whose notes are marked. */
public record ShownDocument(ContentLink link, String packId, String lang, List<Section> sections) {

    public ShownDocument {
        sections = List.copyOf(sections);
    }

    public Note.DocumentKey key() {
        return new Note.DocumentKey(packId, link.kind(), link.id());
    }

    /**
     * Whether {@code note} is shown on this version: a bookmark in every language (translations
     * share their anchors), a highlight only in the language its words are in.
     */
    public boolean shows(Note note) {
        return note.document().equals(key()) && (note.isBookmark() || note.lang().equals(lang));
    }

    public String sectionTitle(String anchor) {
        return sections.stream().filter(s -> s.anchor().equals(anchor)).map(Section::title).findFirst().orElse("");
    }
}

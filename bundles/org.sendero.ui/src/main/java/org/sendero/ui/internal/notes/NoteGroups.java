package org.sendero.ui.internal.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Section;
import org.sendero.progress.Note;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;

/**
 * The notes by document, each document named by its title in the library in the language its
 * notes were made in (its id when it is gone from the library).
 */
final class NoteGroups {

    /** One document and the learner's notes on it. */
    record Group(Note.DocumentKey key, String title, List<Note> notes) {
    }

    private final LibraryModel model;

    NoteGroups(LibraryModel model) {
        this.model = model;
    }

    String title(Note note) {
        return document(note).map(Document::title).orElse(note.documentId());
    }

    /** The title of the section a note is on, in the language the learner reads. */
    String sectionTitle(Note note) {
        return document(note).flatMap(document -> document.sections().stream()
                .filter(section -> section.anchor().equals(note.anchor())).map(Section::title).findFirst())
                .orElse(note.anchor());
    }

    private record Document(String title, List<Section> sections) {
    }

    private Optional<Document> document(Note note) {
        Note.DocumentKey key = note.document();
        Languages languages = Languages.ofLocale(Locale.forLanguageTag(note.lang()));
        if (key.kind() == ContentLink.Kind.LESSON) {
            return model.lesson(key.documentId(), languages)
                    .map(found -> new Document(found.item().title(), found.item().sections()));
        }
        return model.guidance(key.documentId(), Optional.of(key.packId()), languages)
                .map(found -> new Document(found.item().title(), found.item().sections()));
    }

    List<Group> group(List<Note> notes) {
        Map<Note.DocumentKey, List<Note>> byDocument = new LinkedHashMap<>();
        for (Note note : notes) {
            byDocument.computeIfAbsent(note.document(), key -> new ArrayList<>()).add(note);
        }
        List<Group> groups = new ArrayList<>();
        byDocument.forEach((key, list) -> groups.add(new Group(key, title(list.get(0)), list)));
        groups.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
        return groups;
    }
}

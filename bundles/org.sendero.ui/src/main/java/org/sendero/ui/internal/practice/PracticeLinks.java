package org.sendero.ui.internal.practice;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Section;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;

/** The guidance a practice answer's feedback sends the learner back to, named and opened as the quiz does. */
final class PracticeLinks {

    private static final String READER_PART = "org.sendero.part.reader";

    private final LibraryModel model;
    private final Supplier<Languages> languages;
    private final Navigator navigator;
    /** Absent without a workbench window, e.g. in a test: then the reader is not brought up. */
    private final EPartService parts;

    PracticeLinks(LibraryModel model, Supplier<Languages> languages, Navigator navigator, EPartService parts) {
        this.model = model;
        this.languages = languages;
        this.navigator = navigator;
        this.parts = parts;
    }

    /** The document's title and the section's heading. */
    String title(ContentLink link, String packId) {
        if (link.kind() == ContentLink.Kind.LESSON) {
            return model.lesson(link.id(), languages.get()).map(found -> found.item().title()).orElse(link.toString());
        }
        return model.guidance(link.id(), Optional.of(packId), languages.get()).map(found -> {
            String section = link.anchor().flatMap(anchor -> found.item().sections().stream()
                    .filter(s -> s.anchor().equals(anchor)).map(Section::title).findFirst()).orElse("");
            return section.isEmpty() ? found.item().title() : found.item().title() + " \u203a " + section;
        }).orElse(link.toString());
    }

    /** Opens the section in the reader, which the modeless practice window leaves in reach. */
    void reread(ContentLink link, String packId) {
        if (parts != null) {
            parts.showPart(READER_PART, PartState.VISIBLE);
        }
        navigator.open(OpenRequest.of(link, packId));
    }
}

package org.sendero.ui.internal.reader;

import java.util.Optional;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Section;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;

/**
 * The sections that quiz and practice feedback and the quiz review send a learner back to: their
 * names, and opening them in the reader.
 */
public final class SectionLinks {

    private static final String READER_PART = "org.sendero.part.reader";

    private final LibraryModel model;
    /** The learner's content language as it is when a title is asked for. */
    private final java.util.function.Supplier<Languages> languages;
    private final Navigator navigator;
    /** Absent where there is no workbench window, e.g. in a test: then the reader is not brought up. */
    private final EPartService parts;

    public SectionLinks(LibraryModel model, java.util.function.Supplier<Languages> languages, Navigator navigator,
            EPartService parts) {
        this.model = model;
        this.languages = languages;
        this.navigator = navigator;
        this.parts = parts;
    }

    /** The name of a section to reread: the document's title and the section's heading. */
    public String sectionTitle(ContentLink link, String packId) {
        if (link.kind() == ContentLink.Kind.LESSON) {
            return model.lesson(link.id(), languages.get()).map(found -> found.item().title()).orElse(link.toString());
        }
        return model.guidance(link.id(), Optional.of(packId), languages.get()).map(found -> {
            String section = link.anchor().flatMap(anchor -> found.item().sections().stream()
                    .filter(s -> s.anchor().equals(anchor)).map(Section::title).findFirst()).orElse("");
            return section.isEmpty() ? found.item().title() : found.item().title() + " \u203a " + section;
        }).orElse(link.toString());
    }

    /** Opens the linked section in the reader, bringing the reader up. */
    public void reread(ContentLink link, String packId) {
        if (parts != null) {
            parts.showPart(READER_PART, PartState.VISIBLE);
        }
        navigator.open(OpenRequest.of(link, packId));
    }
}

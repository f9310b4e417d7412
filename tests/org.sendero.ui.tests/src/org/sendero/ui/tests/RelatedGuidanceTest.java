package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.reader.OpenRequest;

/** Under the table of contents, the reader lists related guidance; a link opens that document. */
class RelatedGuidanceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private PartHarness window;
    private ReaderPart reader;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        window.untilStarterIndexed(WAIT);
        reader = window.part(ReaderPart.class);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    @Test
    void aGuidanceDocumentListsRelatedOnesThatOpenInTheReader() {
        reader.show(new OpenRequest(new ContentLink(ContentLink.Kind.GUIDANCE, "aggravated-smuggling",
                Optional.empty()), Optional.of("sendero-starter"), List.of(), Optional.of("en")));
        window.until(() -> !reader.relatedLinks().isEmpty(), WAIT, "related guidance is listed");
        String first = reader.shownTitle();
        List<Link> links = reader.relatedLinks();
        assertTrue(links.size() <= 5, links.size() + " links");
        assertTrue(links.stream().noneMatch(link -> link.getText().contains(first)), "not the document itself");
        window.screenshot("reader-related");
        links.get(0).notifyListeners(SWT.Selection, new Event());
        window.until(() -> !reader.shownTitle().equals(first), WAIT, "the related document opens");
        assertNotEquals(first, reader.shownTitle());
    }
}

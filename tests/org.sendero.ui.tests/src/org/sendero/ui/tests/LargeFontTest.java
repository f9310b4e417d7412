package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.ui.internal.parts.LibraryPart;
import org.sendero.ui.internal.parts.MyProgressPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.parts.SearchPart;
import org.sendero.ui.internal.reader.OpenRequest;

/**
 * A person who needs larger letters sets the desktop's font to 150%. Each part, at the width it
 * has in the window on a 1024-pixel screen, must then still show every button and label whole:
 * a text cut off is an action nobody can read.
 */
class LargeFontTest {

    // a first start installs and indexes the starter library; an old office PC (or a busy build machine) takes a while
    private static final Duration LOAD = Duration.ofSeconds(180);
    // the window's layout: library and search 30%, reader 50%, progress 20% of 1024 pixels
    private static final int SIDE = 300;
    private static final int CENTRE = 500;
    private static final int RIGHT = 205;
    private static final int HEIGHT = 680;

    @Test
    void theLibraryAtItsWidth() {
        try (PartHarness window = new PartHarness()) {
            LibraryPart library = window.part(LibraryPart.class);
            window.until(() -> library.statusText().contains("courses"), LOAD, "the library is read");
            assertWhole(window, SIDE, "large-font-library");
        }
    }

    @Test
    void theSearchWithResultsAtItsWidth() {
        try (PartHarness window = new PartHarness()) {
            SearchPart search = window.part(SearchPart.class);
            window.until(() -> {
                if (search.results().table().getItemCount() == 0 && search.searchesAnswered() < 200) {
                    search.queryBox().setText("trafficking indicators");
                    search.queryBox().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
                    window.spin(Duration.ofMillis(200));
                }
                return search.results().table().getItemCount() > 0;
            }, LOAD, "results are shown once the library is indexed");
            assertWhole(window, SIDE, "large-font-search");
        }
    }

    @Test
    void theReaderWithALessonAtItsWidth() {
        try (PartHarness window = new PartHarness()) {
            ReaderPart reader = window.part(ReaderPart.class);
            reader.show(OpenRequest.of(new ContentLink(ContentLink.Kind.LESSON, "tip-def-children", Optional.empty()),
                    "sendero-starter"));
            window.until(() -> reader.nextButton().isVisible(), LOAD, "a lesson with its previous and next buttons");
            assertWhole(window, CENTRE, "large-font-reader");
        }
    }

    @Test
    void myProgressAtItsWidth() {
        try (PartHarness window = new PartHarness()) {
            MyProgressPart progress = window.part(MyProgressPart.class);
            window.until(() -> progress.shownProgress() != null && !progress.nextText().isBlank(), LOAD,
                    "progress is shown");
            assertWhole(window, RIGHT, "large-font-progress");
        }
    }

    /** Enlarges every font of the window by half, lays it out at {@code width}, and looks for cut text. */
    private static void assertWhole(PartHarness window, int width, String screenshot) {
        window.spin(Duration.ofMillis(500));
        List<Font> made = new ArrayList<>();
        try {
            enlarge(window.shell, made);
            // GTK measures a widget in its new font only once it has restyled it: let it, then lay out
            window.spin(Duration.ofMillis(500));
            window.shell.setSize(width, HEIGHT);
            window.shell.layout(true, true);
            window.spin(Duration.ofMillis(500));
            window.screenshot(screenshot);
            List<String> cut = new ArrayList<>();
            int checked = findCut(window.shell, cut);
            assertTrue(checked >= 1, "buttons and labels were checked: " + checked);
            assertEquals(List.of(), cut, "text cut off at 150% in a part " + width + " pixels wide");
        } finally {
            window.shell.dispose();
            made.forEach(Font::dispose);
        }
    }

    private static void enlarge(Control control, List<Font> made) {
        FontData[] data = control.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight(Math.round(each.getHeight() * 1.5f));
        }
        Font larger = new Font(control.getDisplay(), data);
        made.add(larger);
        control.setFont(larger);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                enlarge(child, made);
            }
        }
    }

    /** Counts the visible buttons and labels, and adds a line for each that is smaller than its text. */
    private static int findCut(Control control, List<String> cut) {
        int checked = 0;
        if (!control.isVisible()) {
            return 0;
        }
        String text = control instanceof Button button ? button.getText()
                : control instanceof Label label ? label.getText() : null;
        if (text != null && !text.isBlank()) {
            checked++;
            Point size = control.getSize();
            boolean wraps = (control.getStyle() & SWT.WRAP) != 0;
            Point needed = wraps ? control.computeSize(size.x, SWT.DEFAULT, true)
                    : control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
            if ((!wraps && size.x < needed.x) || size.y < needed.y) {
                cut.add("'" + text + "' is " + size.x + "x" + size.y + ", needs " + needed.x + "x" + needed.y);
            }
            // whole in itself but wider than the pane it is in: the pane cuts it
            int right = control.getBounds().x + size.x;
            int room = control.getParent().getClientArea().width;
            if (right > room) {
                cut.add("'" + text + "' ends at " + right + " in a pane " + room + " wide");
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                checked += findCut(child, cut);
            }
        }
        return checked;
    }
}

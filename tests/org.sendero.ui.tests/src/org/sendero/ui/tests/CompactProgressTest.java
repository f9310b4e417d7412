package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.progress.Learners;
import org.sendero.ui.internal.parts.MyProgressPart;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.library.LibraryModel;

/** My progress fits a laptop: one bar per course with its percentage, the modules only when asked for. */
class CompactProgressTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private PartHarness window;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private static List<ProgressBar> visibleBars(MyProgressPart part) {
        return Controls.all(part.rows().get(0).getParent(), ProgressBar.class).stream().filter(ProgressBar::isVisible)
                .toList();
    }

    @Test
    void eachCourseIsOneBarAndItsModulesOpenOnRequest() throws Exception {
        int courses = ContextInjectionFactory.make(LibraryModel.class, window.context).loaded().join().stream()
                .mapToInt(pack -> pack.courses().size()).sum();
        MyProgressPart progress = window.part(MyProgressPart.class);
        ContextInjectionFactory.make(CurrentLearner.class, window.context).set(window.context.get(Learners.class)
                .add("Dana " + UUID.randomUUID().toString().substring(0, 8), Optional.empty()));
        window.until(() -> progress.moduleToggles().size() == courses, WAIT,
                "a line per course: " + progress.moduleToggles().size() + " of " + courses);

        assertEquals(courses, visibleBars(progress).size(), "one bar per course, the modules' are hidden");
        assertEquals(courses, progress.rows().stream().filter(Label.class::isInstance).map(Label.class::cast)
                .filter(label -> label.getText().matches(".*\\d+\\s?%.*")).count(), "each course says its percentage");
        int shownHeight = progress.rows().get(0).getParent().computeSize(400, SWT.DEFAULT).y;

        String closed = progress.moduleToggles().get(0).getText();
        progress.moduleToggles().get(0).notifyListeners(SWT.Selection, new Event());
        window.until(() -> visibleBars(progress).size() > courses, WAIT, "the first course's modules are shown");
        assertTrue(!progress.moduleToggles().get(0).getText().equals(closed),
                "the link now hides them: " + progress.moduleToggles().get(0).getText());
        assertTrue(progress.rows().get(0).getParent().computeSize(400, SWT.DEFAULT).y > shownHeight,
                "the rows grow to show them");
        window.screenshot("my-progress-compact");

        progress.moduleToggles().get(0).notifyListeners(SWT.Selection, new Event());
        window.until(() -> visibleBars(progress).size() == courses, WAIT, "hidden again");
    }
}

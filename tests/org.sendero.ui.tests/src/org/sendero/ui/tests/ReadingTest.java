package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.QuizScore;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.LessonRef;
import org.sendero.progress.LessonState;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.internal.parts.MyProgressPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.progress.ProgressTracker;
import org.sendero.ui.internal.reader.OpenRequest;

/**
 * The time a lesson is in front of the learner, and the place they left it: measured while the
 * window is active and someone is there, kept in the progress store, shown in My progress, and
 * used to reopen the lesson where it was left.
 */
class ReadingTest {

    private static final Duration LOAD = Duration.ofSeconds(60);

    private PartHarness window;
    private ReaderPart reader;
    private MyProgressPart progress;
    private ProgressStore store;
    private ProgressTracker tracker;
    private Learner learner;
    private Where first;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        reader = window.part(ReaderPart.class);
        progress = window.part(MyProgressPart.class);
        store = window.context.get(ProgressStore.class);
        tracker = ContextInjectionFactory.make(ProgressTracker.class, window.context);
        LibraryModel model = ContextInjectionFactory.make(LibraryModel.class, window.context);
        if (model.packs().isEmpty()) {
            model.reload();
        }
        window.until(() -> !model.packs().isEmpty(), LOAD, "the library is read");
        Pack pack = model.packs().stream().filter(p -> p.id().equals("sendero-starter")).findFirst().orElseThrow();
        Course course = pack.courses().get(0);
        Module module = course.modules().get(0);
        first = new Where(pack.id(), course.id(), module.id(), module.lessonIds().get(0), module.lessonIds().get(1),
                module.quizzes().get(0).id());
        // the reader may reopen what an earlier test left open: let it, before the learner of this test comes
        window.spin(Duration.ofMillis(300));
        learner = window.context.get(Learners.class).add("Rita " + UUID.randomUUID().toString().substring(0, 8),
                Optional.empty());
        ContextInjectionFactory.make(CurrentLearner.class, window.context).set(learner);
        window.until(() -> progress.headerText().contains(learner.name()), LOAD, "the learner's progress is shown");
        window.shell.notifyListeners(SWT.Activate, new Event());
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private record Where(String pack, String course, String module, String lesson, String secondLesson, String quiz) {
    }

    private void show(String lessonId, List<String> highlight) {
        reader.show(new OpenRequest(new ContentLink(ContentLink.Kind.LESSON, lessonId, Optional.empty()),
                Optional.of(first.pack), highlight));
        String title = reader.shownTitle().replace("&&", "&");
        window.until(() -> loaded(title), Duration.ofSeconds(20), "the page of " + lessonId + " has loaded");
    }

    /** Whether the page in the browser is the one of {@code title}, loaded: the last one may still be there. */
    private boolean loaded(String title) {
        try {
            return Boolean.TRUE.equals(reader.browser().evaluate("return document.readyState === 'complete'"
                    + " && document.title === '" + title.replace("\\", "\\\\").replace("'", "\\'") + "';"))
                    && place() >= 0;
        } catch (RuntimeException loading) {
            return false;
        }
    }

    /** Where the page is, in thousandths of its height, as its own script says; -1 while it loads. */
    private int place() {
        try {
            return reader.browser().evaluate(
                    "return window.scrollY * 1000 / document.documentElement.scrollHeight;") instanceof Number place
                            ? (int) Math.round(place.doubleValue()) : -1;
        } catch (RuntimeException loading) {
            return -1;
        }
    }

    private Duration timeRead(String lessonId) throws Exception {
        // the tracker writes on its own thread, in order: once a refresh is done, what came before is stored
        tracker.refresh().join();
        return store.lessons(learner.id()).stream().filter(state -> state.lesson().lessonId().equals(lessonId))
                .map(LessonState::timeRead).findFirst().orElse(Duration.ZERO);
    }

    @Test
    void aLessonShownAddsItsTimeUntilTheWindowIsLeftAndNothingWhileItIsNot() throws Exception {
        // what the reader reopened by itself is left first; its time so far is not what is measured here
        show(first.secondLesson, List.of());
        Duration before = timeRead(first.lesson);
        long start = System.nanoTime();
        show(first.lesson, List.of());
        assertTrue(reader.readingClock().running(), "the clock runs while the lesson is shown in the active window");
        window.spin(Duration.ofMillis(1500));
        window.shell.notifyListeners(SWT.Deactivate, new Event());
        Duration shown = Duration.ofNanos(System.nanoTime() - start);
        assertFalse(reader.readingClock().running(), "another window has the learner now");
        window.spin(Duration.ofMillis(1500));
        Duration first = timeRead(this.first.lesson).minus(before);
        assertTrue(first.compareTo(Duration.ofMillis(1500)) >= 0 && first.compareTo(shown) <= 0,
                "the lesson was in front of the learner between 1.5 s and " + shown + ", not " + first);

        window.shell.notifyListeners(SWT.Activate, new Event());
        long back = System.nanoTime();
        window.spin(Duration.ofMillis(800));
        show(this.first.secondLesson, List.of());
        Duration again = Duration.ofNanos(System.nanoTime() - back);
        Duration both = timeRead(this.first.lesson).minus(before);
        assertTrue(both.minus(first).compareTo(Duration.ofMillis(800)) >= 0 && both.minus(first).compareTo(again) <= 0,
                "back in the window, the time is counted again until another lesson is opened: " + first + " then "
                        + both + " within " + again);
        assertTrue(reader.readingClock().running(), "and the clock runs for the lesson opened");
    }

    @Test
    void theClockStopsWhenNobodyIsThereOrTheReaderIsHiddenAndGoesOnAtTheNextKey() throws Exception {
        reader.readingClock().setIdleLimit(Duration.ofMillis(400));
        show(first.lesson, List.of());
        window.until(() -> !reader.readingClock().running(), Duration.ofSeconds(5),
                "after the idle limit without a key, click or wheel the clock stops");
        window.spin(Duration.ofMillis(1000));
        assertTrue(timeRead(first.lesson).compareTo(Duration.ofMillis(400)) < 0,
                "the time without input is not counted: " + timeRead(first.lesson));

        reader.browser().notifyListeners(SWT.KeyDown, new Event());
        assertTrue(reader.readingClock().running(), "a key in the window starts the clock again");
        Composite part = reader.previousButton().getParent().getParent();
        part.setVisible(false);
        assertFalse(reader.readingClock().running(), "a hidden reader is not read");
        part.setVisible(true);
        reader.browser().notifyListeners(SWT.MouseWheel, new Event());
        assertTrue(reader.readingClock().running(), "shown again and scrolled, it is read again");
    }

    @Test
    void aLessonLeftHalfwayReopensNearThePlaceItWasLeft() throws Exception {
        // a short window, so that the lesson is several screens long
        window.shell.setSize(900, 360);
        window.shell.layout(true, true);
        show(first.lesson, List.of());
        // scrolled again until the page has loaded and says where it is, as a person scrolls until it moves
        window.until(() -> {
            reader.browser().execute("window.scrollTo(0, document.documentElement.scrollHeight * 0.45);");
            window.spin(Duration.ofMillis(100));
            return place() > 150;
        }, Duration.ofSeconds(20), "the lesson is scrolled: " + place());
        int left = place();

        show(first.secondLesson, List.of());
        assertTrue(place() < 50, "another lesson starts at its top: " + place());
        tracker.refresh().join();
        assertEquals(left, store.lessons(learner.id()).stream().filter(s -> s.lesson().lessonId().equals(first.lesson))
                .findFirst().orElseThrow().position(), "the place left is stored");

        show(first.lesson, List.of());
        window.until(() -> Math.abs(place() - left) <= 30, Duration.ofSeconds(10),
                "reopened, the lesson goes back to " + left + ", not " + place());

        show(first.secondLesson, List.of());
        show(first.lesson, List.of("the"));
        window.spin(Duration.ofMillis(500));
        assertTrue(place() < 50, "a search result's words are shown from the top, not from the place left: " + place());
    }

    @Test
    void myProgressShowsTheTimeSpentReadingAndInQuizzes() throws Exception {
        LessonRef lesson = new LessonRef(first.pack, first.course, first.module, first.lesson);
        store.lessonOpened(learner.id(), lesson, "en");
        store.lessonTime(learner.id(), lesson, Duration.ofMinutes(40));
        Attempt attempt = store.startAttempt(learner.id(),
                new QuizRef(first.pack, first.course, first.module, first.quiz,
                        "en"),
                1);
        store.finishAttempt(attempt.id(), new QuizScore(first.quiz, 1, List.of(new ItemScore("q1", 0.5, List.of(),
                Optional.empty())), 0.5, 75), Duration.ofMinutes(25));
        tracker.refresh();
        window.until(() -> progress.totalText().equals("Time spent: 1 h 5 min (reading 40 min, quizzes 25 min)"), LOAD,
                "the header adds up reading and quizzes: " + progress.totalText());
        // each course's times are with its modules, shown on request
        progress.moduleToggles()
                .forEach(toggle -> toggle.notifyListeners(org.eclipse.swt.SWT.Selection,
                        new org.eclipse.swt.widgets.Event()));
        List<String> rows = Controls.all(progress.rows().get(0).getParent(), Label.class).stream()
                .filter(Control::isVisible).map(Label::getText).toList();
        assertTrue(rows.stream().anyMatch(row -> row.endsWith("time spent reading: 40 min, in quizzes: 25 min")),
                "the course says both times: " + rows);
        assertTrue(rows.stream().anyMatch(row -> row.contains("time reading: 40 min")),
                "the module its reading: " + rows);
    }

    @Test
    void aFewSecondsOfReadingAreNotShownAsNoTimeAtAll() throws Exception {
        LessonRef lesson = new LessonRef(first.pack, first.course, first.module, first.lesson);
        store.lessonOpened(learner.id(), lesson, "en");
        store.lessonTime(learner.id(), lesson, Duration.ofSeconds(20));
        tracker.refresh();
        window.until(() -> progress.totalText().equals("Time spent: under 1 min (reading under 1 min, quizzes 0 min)"),
                LOAD, "twenty seconds of reading: " + progress.totalText());
    }
}

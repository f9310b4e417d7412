package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.LessonState;
import org.sendero.progress.ProgressStore;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.learners.LearnerChooser;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.internal.parts.LibraryPart;
import org.sendero.ui.internal.parts.MyProgressPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.reader.OpenRequest;

/**
 * Choosing who learns, and that learner's progress: the chooser adds a learner, reading a lesson
 * to its end moves its module's bar and marks it in the library, Continue opens the next lesson.
 */
class LearnersAndProgressTest {

    private static final Duration LOAD = Duration.ofSeconds(60);

    private PartHarness window;
    private Learners learners;
    private CurrentLearner current;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        learners = window.context.get(Learners.class);
        current = ContextInjectionFactory.make(CurrentLearner.class, window.context);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theChooserAddsALearnerAndChoosesThem() throws Exception {
        learners.add(uniqueName("Someone else"), Optional.empty());
        LearnerChooser chooser = new LearnerChooser(window.shell, learners);
        chooser.setBlockOnOpen(false);
        chooser.open();
        Shell dialog = chooser.getShell();
        assertTrue(chooser.learnerList().getItemCount() >= 1, "the learners of this computer are listed");

        String name = uniqueName("Ana");
        chooser.newNameBox().setText(name);
        window.screenshot(dialog, "learner-chooser");
        chooser.addButton().notifyListeners(SWT.Selection, new Event());
        window.until(dialog::isDisposed, Duration.ofSeconds(20), "adding closes the chooser: " + messageOf(chooser));

        assertEquals(LearnerChooser.OK, chooser.getReturnCode());
        assertEquals(name, chooser.chosen().orElseThrow().name());
        assertTrue(learners.byName(name).isPresent(), "the learner is stored");
    }

    private static String messageOf(LearnerChooser chooser) {
        try {
            return chooser.messageText();
        } catch (RuntimeException disposed) {
            return "";
        }
    }

    @Test
    void aWrongPinKeepsTheChooserOpenAndTheRightOneChooses() throws Exception {
        String name = uniqueName("Beto");
        learners.add(name, Optional.of("4321"));
        LearnerChooser chooser = new LearnerChooser(window.shell, learners);
        chooser.setBlockOnOpen(false);
        chooser.open();
        Shell dialog = chooser.getShell();
        String[] items = chooser.learnerList().getItems();
        int at = List.of(items).indexOf(name + " (PIN)");
        assertTrue(at >= 0, List.of(items).toString());
        chooser.learnerList().select(at);
        chooser.learnerList().notifyListeners(SWT.Selection, new Event());
        assertTrue(chooser.pinBox().getEnabled(), "a learner with a PIN is asked for it");

        chooser.pinBox().setText("1111");
        chooser.getButton(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        window.until(() -> chooser.messageText().contains("not right"), Duration.ofSeconds(30),
                "a wrong PIN is refused");
        assertFalse(dialog.isDisposed());

        chooser.pinBox().setText("4321");
        chooser.getButton(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        window.until(dialog::isDisposed, Duration.ofSeconds(30), "the right PIN chooses the learner");
        assertEquals(name, chooser.chosen().orElseThrow().name());
    }

    @Test
    void readingALessonToItsEndMovesTheBarAndMarksTheLibrary() throws Exception {
        LibraryPart library = window.part(LibraryPart.class);
        ReaderPart reader = window.part(ReaderPart.class);
        MyProgressPart progress = window.part(MyProgressPart.class);
        window.until(() -> library.statusText().contains("courses"), LOAD, "the library is read");
        Learner learner = learners.add(uniqueName("Carla"), Optional.empty());
        current.set(learner);
        Where first = firstModule();
        window.until(
                () -> progress.headerText().contains(learner.name())
                        && progress.moduleBar(first.pack, first.module).isPresent(),
                LOAD, "the progress of " + learner.name() + " is shown: " + progress.headerText());
        ProgressBar bar = progress.moduleBar(first.pack, first.module).orElseThrow();
        assertEquals(0, bar.getSelection(), "a new learner has read nothing");

        reader.show(
                OpenRequest.of(new ContentLink(ContentLink.Kind.LESSON, first.lesson, Optional.empty()), first.pack));
        window.until(() -> reader.browser().getUrl().startsWith("file:"), Duration.ofSeconds(20),
                "the lesson is shown");
        window.until(
                () -> ((Number) reader.browser().evaluate("return document.body ? document.body.innerHTML.length : 0;"))
                        .intValue() > 0,
                Duration.ofSeconds(20), "the page has loaded");
        window.until(() -> {
            reader.browser().execute("window.scrollTo(0, document.body.scrollHeight);");
            return progress.moduleBar(first.pack, first.module).map(ProgressBar::getSelection).orElse(0) == 1;
        }, Duration.ofSeconds(30), "reaching the end moves the module's bar");

        ProgressStore store = window.context.get(ProgressStore.class);
        assertTrue(store.lessons(learner.id()).stream().anyMatch(state -> state.lesson().lessonId().equals(first.lesson)
                && state.read().isPresent()), "the lesson is recorded as read");
        TreeItem course = library.viewer().getTree().getItem(0).getItem(0);
        library.viewer().expandToLevel(course.getData(), 2);
        window.until(() -> course.getItem(0).getItem(0).getText().endsWith("\u2713"), Duration.ofSeconds(10),
                "the library marks the lesson read: " + course.getItem(0).getItem(0).getText());
        assertFalse(course.getItem(0).getItem(1).getText().endsWith("\u2713"), "an unread lesson has no mark");
        window.screenshot("progress");

        Learner other = learners.add(uniqueName("Elena"), Optional.empty());
        current.set(other);
        window.until(() -> progress.headerText().contains(other.name())
                && progress.moduleBar(first.pack, first.module).map(ProgressBar::getSelection).orElse(-1) == 0,
                Duration.ofSeconds(20), "another learner's progress starts empty");
        window.until(() -> !course.getItem(0).getItem(0).getText().endsWith("\u2713"), Duration.ofSeconds(10),
                "and the library drops the first learner's marks");
    }

    @Test
    void continueOpensTheNextLessonInTheReader() throws Exception {
        ReaderPart reader = window.part(ReaderPart.class);
        MyProgressPart progress = window.part(MyProgressPart.class);
        LibraryModel model = ContextInjectionFactory.make(LibraryModel.class, window.context);
        if (model.packs().isEmpty()) {
            model.reload();
        }
        window.until(() -> !model.packs().isEmpty(), LOAD, "the library is read");
        Learner learner = learners.add(uniqueName("Dora"), Optional.empty());
        Where first = firstModule();
        ProgressStore store = window.context.get(ProgressStore.class);
        LessonState read = store.lessonRead(learner.id(), new org.sendero.progress.LessonRef(first.pack, first.course,
                first.module, first.lesson), "en");
        assertTrue(read.read().isPresent());
        current.set(learner);

        String secondTitle = model.lesson(first.secondLesson, org.sendero.ui.library.Languages.ofLocale(
                java.util.Locale.ENGLISH)).orElseThrow().item().title();
        window.until(() -> progress.nextText().contains(secondTitle), LOAD,
                "the next thing to do is the second lesson: " + progress.nextText());
        assertTrue(progress.continueButton().getEnabled());
        progress.continueButton().notifyListeners(SWT.Selection, new Event());
        window.until(() -> secondTitle.equals(reader.shownTitle()), Duration.ofSeconds(20),
                "Continue opens " + secondTitle + " in the reader, not " + reader.shownTitle());
    }

    /** The first course's first module of the starter pack, and its first two lessons. */
    private record Where(String pack, String course, String module, String lesson, String secondLesson) {
    }

    private Where firstModule() {
        LibraryModel model = ContextInjectionFactory.make(LibraryModel.class, window.context);
        Pack pack = model.packs().stream().filter(p -> p.id().equals("sendero-starter")).findFirst().orElseThrow();
        Course course = pack.courses().get(0);
        Module module = course.modules().get(0);
        return new Where(pack.id(), course.id(), module.id(), module.lessonIds().get(0), module.lessonIds().get(1));
    }
}

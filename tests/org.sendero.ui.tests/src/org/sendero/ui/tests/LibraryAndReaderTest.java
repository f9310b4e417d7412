package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.ui.internal.library.LibraryNode;
import org.sendero.ui.internal.library.TextFilter;
import org.sendero.ui.internal.parts.LibraryPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.quiz.QuizLauncher;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;

/**
 * The library and the reader side by side, on the starter pack installed on first use: what an
 * official sees, types and clicks.
 */
class LibraryAndReaderTest {

    private static final Duration LOAD = Duration.ofSeconds(60);

    private PartHarness window;
    private LibraryPart library;
    private ReaderPart reader;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        library = window.part(LibraryPart.class);
        reader = window.part(ReaderPart.class);
        window.until(() -> library.statusText().contains("courses"), LOAD,
                "the library is read: " + library.statusText());
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private Tree tree() {
        return library.viewer().getTree();
    }

    private static List<String> labels(TreeItem[] items) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : items) {
            labels.add(item.getText());
        }
        return labels;
    }

    /** In a narrow pane, a row the edge cuts shows its whole title under the pointer; a whole row shows none. */
    @Test
    void aCutTitleIsShownWholeUnderThePointer() {
        tree().getItem(0).setExpanded(true);
        window.shell.setSize(560, 800);
        window.spin(Duration.ofMillis(300));
        int edge = tree().getClientArea().x + tree().getClientArea().width;
        int cut = 0;
        for (TreeItem course : tree().getItem(0).getItems()) {
            org.eclipse.swt.graphics.Rectangle text = course.getTextBounds(0);
            Event hover = new Event();
            hover.x = text.x + 2;
            hover.y = text.y + text.height / 2;
            tree().notifyListeners(SWT.MouseHover, hover);
            boolean isCut = text.x + text.width > edge;
            assertEquals(isCut ? course.getText() : null, tree().getToolTipText(), course.getText());
            cut += isCut ? 1 : 0;
        }
        assertTrue(cut > 0, "at 560 pixels some course title is cut");
    }

    @Test
    void theLibraryListsTheCoursesAndTheGuidanceByTopicAndType() {
        assertEquals(List.of("Courses", "Guidance by topic", "Guidance by type"), labels(tree().getItems()));
        TreeItem courses = tree().getItem(0);
        assertTrue(courses.getExpanded(), "the courses are shown at once");
        assertEquals(4, courses.getItemCount());
        assertTrue(labels(courses.getItems()).contains("Trafficking in persons"),
                labels(courses.getItems()).toString());
        assertEquals("4 courses, 28 guidance documents", library.statusText());
    }

    @Test
    void typingFiltersTheLibraryIgnoringCaseAndAccents() {
        int before = visibleLeaves(tree().getItems()).size();
        library.filterBox().setText("INTERVIEW");
        List<String> leaves = visibleLeaves(tree().getItems());
        assertTrue(leaves.size() >= 2 && leaves.size() < before, leaves.size() + " of " + before + ": " + leaves);
        assertTrue(leaves.stream().allMatch(label -> TextFilter.fold(label).contains("interview")), leaves.toString());
        assertEquals(TextFilter.fold("tráfico ilícito"), TextFilter.fold("TRAFICO ILICITO"));

        library.filterBox().setText("");
        assertEquals(before, visibleLeaves(tree().getItems()).size(), "clearing the box shows everything again");
    }

    /** The labels of the rows with no children, expanding every group as a person would. */
    private List<String> visibleLeaves(TreeItem[] items) {
        List<String> leaves = new ArrayList<>();
        for (TreeItem item : items) {
            library.viewer().expandToLevel(item.getData(), 1);
            if (item.getItemCount() == 0) {
                leaves.add(item.getText());
            } else {
                leaves.addAll(visibleLeaves(item.getItems()));
            }
        }
        return leaves;
    }

    @Test
    void enterOnALessonOpensItInTheReaderAndNextGoesOn() throws Exception {
        TreeItem course = tree().getItem(0).getItems()[0];
        library.viewer().expandToLevel(course.getData(), 2);
        TreeItem lesson = course.getItem(0).getItem(0);
        // the row's text may carry the learner's completion mark; the node has the title alone
        String lessonTitle = ((LibraryNode) lesson.getData()).label();
        tree().setSelection(lesson);
        tree().notifyListeners(SWT.Selection, selectionOf(lesson));
        tree().notifyListeners(SWT.DefaultSelection, selectionOf(lesson));
        window.until(() -> lessonTitle.equals(reader.shownTitle()), Duration.ofSeconds(10),
                "the reader shows " + lessonTitle);
        assertTrue(Files.readString(reader.shownPage()).contains("<h1"), "the lesson is rendered");

        String second = ((LibraryNode) course.getItem(0).getItem(1).getData()).label();
        reader.nextButton().notifyListeners(SWT.Selection, new Event());
        window.until(() -> second.equals(reader.shownTitle()), Duration.ofSeconds(10), "Next shows " + second);
        assertTrue(reader.previousButton().getEnabled());
    }

    @Test
    void eachModuleEndsWithItsQuizWhichEnterOpens() {
        TreeItem course = tree().getItem(0).getItems()[0];
        library.viewer().expandToLevel(course.getData(), 2);
        TreeItem module = course.getItem(0);
        TreeItem quiz = module.getItem(module.getItemCount() - 1);
        assertTrue(quiz.getText().startsWith("Quiz: "), quiz.getText());
        List<QuizLauncher.Request> opened = new CopyOnWriteArrayList<>();
        QuizLauncher launcher = ContextInjectionFactory.make(QuizLauncher.class, window.context);
        java.util.function.Consumer<QuizLauncher.Request> listener = opened::add;
        launcher.onOpen(listener);
        try {
            tree().setSelection(quiz);
            tree().notifyListeners(SWT.DefaultSelection, selectionOf(quiz));
            assertEquals(1, opened.size(), "the quiz part is asked to open the module's quiz");
            assertTrue(opened.get(0).quizId().endsWith("-quiz"), opened.toString());
        } finally {
            launcher.removeOnOpen(listener);
        }
    }

    private static Event selectionOf(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    @Test
    void openedFromASearchTheReaderMarksTheWordsAndGoesToTheSection() throws Exception {
        reader.show(new OpenRequest(new ContentLink(ContentLink.Kind.GUIDANCE, "tip-definition", Optional.of("means")),
                Optional.of("sendero-starter"), List.of("deception")));
        window.until(() -> reader.browser().getUrl().endsWith("#means"), Duration.ofSeconds(20),
                "the reader goes to the section: " + reader.browser().getUrl());
        String page = Files.readString(reader.shownPage());
        assertTrue(page.contains("<mark>deception</mark>") || page.contains("<mark>Deception</mark>"),
                "the search word is marked");
        assertTrue(page.contains("id=\"means\""));
        assertTrue(page.contains("script-src 'nonce-"), "only the product's script may run");
    }

    /** The table of contents widens to its longest title (up to a third of the reader) and names a title under the pointer. */
    @Test
    void theTableOfContentsShowsItsTitlesWhole() {
        reader.show(OpenRequest.of(
                new ContentLink(ContentLink.Kind.LESSON, "tip-def-forms-of-exploitation", Optional.empty()),
                "sendero-starter"));
        org.eclipse.swt.widgets.List contents = reader.contents();
        window.until(() -> contents.getItemCount() > 3, Duration.ofSeconds(20), "the lesson's sections are listed");
        int needed = contents.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        int cap = contents.getParent().getClientArea().width / 3;
        // the column is widened after the list is filled, in a later layout pass
        window.until(() -> needed > 0 && contents.getSize().x >= Math.min(needed, cap) - 2, Duration.ofSeconds(10),
                "the column is " + contents.getSize().x + " wide; its titles need " + needed + " (at most " + cap
                        + ")");

        Event move = new Event();
        move.x = 5;
        move.y = contents.getItemHeight() + contents.getItemHeight() / 2;
        contents.notifyListeners(SWT.MouseMove, move);
        assertEquals(contents.getItem(contents.getTopIndex() + 1), contents.getToolTipText());
    }

    @Test
    void aLinkToAnotherDocumentIsFollowedInsideTheReader() throws Exception {
        reader.show(OpenRequest.of(new ContentLink(ContentLink.Kind.LESSON, "tip-def-three-elements", Optional.empty()),
                "sendero-starter"));
        window.until(() -> reader.browser().getUrl().startsWith("file:"), Duration.ofSeconds(20),
                "the lesson is shown");
        String before = reader.shownTitle();
        window.until(() -> Boolean.TRUE.equals(reader.browser().evaluate(
                "var a = document.querySelector('a[href^=\"sendero://guidance/\"]'); if (a) { a.click(); } return a != null;")),
                Duration.ofSeconds(20), "the lesson has a link to guidance");
        window.until(() -> !before.equals(reader.shownTitle()), Duration.ofSeconds(20), "the linked document is shown");
        assertTrue(reader.browser().getUrl().startsWith("file:"), "nothing was fetched: " + reader.browser().getUrl());
    }

    @Test
    void readingALessonToItsEndIsReported() {
        List<String> read = new CopyOnWriteArrayList<>();
        Navigator navigator = ContextInjectionFactory.make(Navigator.class, window.context);
        java.util.function.Consumer<String> listener = read::add;
        navigator.onLessonRead(listener);
        try {
            reader.show(OpenRequest.of(new ContentLink(ContentLink.Kind.LESSON, "tip-def-children", Optional.empty()),
                    "sendero-starter"));
            window.until(() -> reader.browser().getUrl().startsWith("file:"), Duration.ofSeconds(20),
                    "the lesson is shown");
            window.until(() -> ((Number) reader.browser()
                    .evaluate("return document.body ? document.body.innerHTML.length : 0;"))
                    .intValue() > 0, Duration.ofSeconds(20), "the page has loaded");
            window.spin(Duration.ofMillis(1500));
            assertFalse(read.contains("tip-def-children"), "not read while its end has not been shown");
            window.until(() -> {
                reader.browser().execute("window.scrollTo(0, document.body.scrollHeight);");
                return read.contains("tip-def-children");
            }, Duration.ofSeconds(20), "reaching the end marks the lesson read");
        } finally {
            navigator.removeOnLessonRead(listener);
        }
    }
}

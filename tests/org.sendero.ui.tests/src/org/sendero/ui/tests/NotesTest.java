package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.Note;
import org.sendero.search.SearchHit;
import org.sendero.ui.internal.notes.LearnerNotes;
import org.sendero.ui.internal.notes.Messages;
import org.sendero.ui.internal.notes.MyNotesPart;
import org.sendero.ui.internal.notes.NoteDialog;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.parts.SearchPart;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.library.LibraryModel;

/**
 * Bookmarks and highlights in the reader with the starter pack: bookmark a section, select words
 * in the page and write a note on them, find both in My notes grouped under the lesson, open the
 * highlight at its section with its mark, edit it, delete it.
 */
class NotesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LESSON = "tip-def-children";
    private static final String SECTION = "two-elements";

    private PartHarness window;
    private ReaderPart reader;
    private MyNotesPart myNotes;
    private LearnerNotes notes;
    private Learner learner;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        learner = window.context.get(Learners.class).add("Nora " + UUID.randomUUID().toString().substring(0, 8),
                Optional.empty());
        ContextInjectionFactory.make(CurrentLearner.class, window.context).set(learner);
        notes = ContextInjectionFactory.make(LearnerNotes.class, window.context);
        reader = window.part(ReaderPart.class);
        myNotes = window.part(MyNotesPart.class);
        ContextInjectionFactory.make(LibraryModel.class, window.context).reload().join();
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private Button button(String text) {
        return Controls.all(window.shell, Button.class).stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private void click(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private String page() {
        try {
            return Files.readString(reader.shownPage());
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void openLesson() {
        reader.show(new OpenRequest(new ContentLink(ContentLink.Kind.LESSON, LESSON, Optional.of(SECTION)),
                Optional.of("sendero-starter"), List.of()).inLanguage("en"));
        atSection();
    }

    /** Waits until the page (perhaps shown again) has loaded and gone to the section. */
    private void atSection() {
        window.until(() -> reader.browser() != null
                && reader.browser().getUrl().equals(reader.shownPage().toUri() + "#" + SECTION), WAIT,
                "the lesson's latest page is shown at its section");
        window.until(() -> Boolean.TRUE.equals(reader.browser().evaluate("var h = document.getElementById('"
                + SECTION + "'); if (document.readyState !== 'complete' || h === null) { return false; }"
                // as a learner scrolls to it: a window laid out again since may have moved the text
                + " if (h.getBoundingClientRect().top > 8) { h.scrollIntoView(); }"
                + " return Math.abs(h.getBoundingClientRect().top) <= 8;")), WAIT,
                "the page has scrolled to the section");
    }

    /** Answers the next note dialog with {@code body}, as a person typing and pressing OK. */
    private void answerNoteDialog(String body) {
        Consumer<Runnable> again = runnable -> window.display.timerExec(100, runnable);
        Runnable check = new Runnable() {
            @Override
            public void run() {
                // the dialog's own window (with no window manager, none is "active")
                for (Shell shell : window.display.getShells()) {
                    if (!shell.isDisposed() && shell.getData() instanceof NoteDialog dialog
                            && dialog.bodyBox() != null) {
                        dialog.bodyBox().setText(body);
                        dialog.okButton().notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                again.accept(this);
            }
        };
        again.accept(check);
    }

    /**
     * Selects the first 24 characters of the section's first paragraph, as a person dragging the
     * mouse, and waits until the selection has stayed (a page shown again would lose it).
     */
    private String selectWords() {
        String[] quote = { "" };
        window.until(() -> {
            quote[0] = (String) reader.browser().evaluate("var h = document.getElementById('" + SECTION + "');"
                    + " var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); var node;"
                    + " while ((node = walker.nextNode())) { if ((h.compareDocumentPosition(node)"
                    + " & Node.DOCUMENT_POSITION_FOLLOWING) && node.data.trim().length > 30) { break; } }"
                    + " var start = node.data.indexOf(node.data.trim()); var range = document.createRange();"
                    + " range.setStart(node, start); range.setEnd(node, start + 24);"
                    + " var s = window.getSelection(); s.removeAllRanges(); s.addRange(range); return s.toString();");
            window.spin(Duration.ofMillis(300));
            return quote[0].equals(reader.browser().evaluate("return window.getSelection().toString();"));
        }, WAIT, "the words stay selected");
        return quote[0];
    }

    private List<TreeItem> groups() {
        return List.of(myNotes.tree().getTree().getItems());
    }

    @Test
    void aSectionIsBookmarkedAndWordsAreHighlightedWithANoteThenOpenedEditedAndDeleted() {
        openLesson();
        Button bookmark = button(Messages.ReaderNotes_bookmark);
        window.until(bookmark::isEnabled, WAIT, "bookmarking is possible once a document is shown");
        // the window may still be settling (a part laid out again moves the text): read the section again
        window.spin(Duration.ofMillis(500));
        atSection();
        click(bookmark);
        window.until(() -> list().size() == 1, WAIT, "the bookmark is stored");
        Note mark = list().get(0);
        assertTrue(mark.isBookmark());
        assertEquals(SECTION, mark.anchor());
        assertEquals(LESSON, mark.documentId());
        atSection();

        String quote = selectWords();
        assertEquals(24, quote.length(), quote);
        answerNoteDialog("Ask for the birth certificate");
        click(button(Messages.ReaderNotes_highlight));
        window.until(() -> list().size() == 2, WAIT, "the highlight is stored: " + Controls.all(window.shell,
                org.eclipse.swt.widgets.Label.class).stream().map(l -> l.getText()).toList() + " shells "
                + java.util.Arrays.stream(window.display.getShells()).map(sh -> sh.getText() + "/" + sh.getData())
                        .toList());
        Note highlight = list().stream().filter(n -> !n.isBookmark()).findFirst().orElseThrow();
        assertEquals(quote.strip(), highlight.quote());
        assertEquals(SECTION, highlight.anchor());
        assertEquals("Ask for the birth certificate", highlight.body());
        window.until(() -> page().contains("title=\"Ask for the birth certificate\">" + quote.strip() + "</mark>"),
                WAIT, "the page is shown again with the highlight marked");
        window.until(() -> Double.valueOf(1).equals(
                reader.browser().evaluate("return document.querySelectorAll('mark.note').length;")), WAIT,
                "one mark in the page");
        window.screenshot("notes-reader");

        // My notes: both, under the lesson's title
        window.until(() -> groups().size() == 1 && groups().get(0).getItemCount() == 2, WAIT, "My notes lists both");
        TreeItem group = groups().get(0);
        assertEquals(reader.shownTitle().replace("&&", "&"), group.getText());
        assertEquals(NLS.bind(Messages.MyNotesPart_bookmark, sectionTitle()), group.getItem(0).getText());
        assertEquals("\u201c" + quote.strip() + "\u201d \u2014 Ask for the birth certificate",
                group.getItem(1).getText());
        window.screenshot("my-notes");

        // the filter ignores case and accents
        myNotes.filterBox().setText("BÍRTH");
        assertEquals(1, groups().get(0).getItemCount());
        assertEquals(highlight, groups().get(0).getItem(0).getData());
        myNotes.filterBox().setText("nothing like this");
        assertEquals(0, groups().size());
        myNotes.filterBox().setText("");

        // open: the reader goes to the lesson at the section, with the mark
        reader.show(new OpenRequest(new ContentLink(ContentLink.Kind.LESSON, "smug-def-networks", Optional.empty()),
                Optional.of("sendero-starter"), List.of()).inLanguage("en"));
        window.until(() -> !page().contains("mark class=\"note\""), WAIT, "another lesson, without the mark");
        select(highlight);
        click(myNotes.openButton());
        window.until(() -> page().contains("mark class=\"note\"") && reader.browser().getUrl().endsWith("#" + SECTION),
                WAIT, "the highlight's section, marked");

        // edit
        select(highlight);
        answerNoteDialog("Ask for the passport too");
        click(myNotes.editButton());
        window.until(() -> list().stream().anyMatch(n -> n.body().equals("Ask for the passport too")), WAIT,
                "the note is changed");
        window.until(() -> page().contains("title=\"Ask for the passport too\""), WAIT, "the mark shows the new note");
        assertTrue(groups().get(0).getItem(1).getText().endsWith("\u2014 Ask for the passport too"));

        // delete
        select(list().stream().filter(n -> !n.isBookmark()).findFirst().orElseThrow());
        click(myNotes.deleteButton());
        assertEquals(List.of(mark), list());
        assertEquals(1, groups().get(0).getItemCount());
        window.until(() -> !page().contains("mark class=\"note\""), WAIT, "the mark is gone from the page");
    }

    @Test
    void notesAreThereAfterARestartAndOnesWhoseWordsAreGoneAreListedAsNotPlaced() throws Exception {
        Note kept = notes.add(Note.draft("sendero-starter", ContentLink.Kind.LESSON, LESSON, "en", SECTION, "", "", "",
                "Come back to this"));
        Note gone = notes.add(Note.draft("sendero-starter", ContentLink.Kind.LESSON, LESSON, "en", SECTION,
                "words that an update of the lesson took out", "", "", "Was about the old wording"));
        // a restart: a new window with new parts, the same learner
        window.close();
        window = new PartHarness();
        ContextInjectionFactory.make(CurrentLearner.class, window.context).set(learner);
        reader = window.part(ReaderPart.class);
        myNotes = window.part(MyNotesPart.class);
        ContextInjectionFactory.make(LibraryModel.class, window.context).reload().join();
        window.until(() -> groups().size() == 1 && groups().get(0).getItemCount() == 2, WAIT,
                "My notes lists the notes kept before the restart");
        assertEquals(List.of(kept, gone), List.of(groups().get(0).getItem(0).getData(),
                groups().get(0).getItem(1).getData()));

        openLesson();
        Link unplaced = Controls.all(window.shell, Link.class).stream()
                .filter(link -> link.getText().contains(NLS.bind(Messages.ReaderNotes_unplaced, 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no 'could not be placed' line"));
        assertTrue(unplaced.isVisible());
        assertFalse(page().contains("mark class=\"note\""), "nothing is marked for words that are gone");
    }

    @Test
    void theLibrarySearchFindsWordsInMyNotesWhenAsked() throws Exception {
        SearchPart search = window.part(SearchPart.class);
        notes.add(Note.draft("sendero-starter", ContentLink.Kind.LESSON, LESSON, "en", SECTION,
                "For an adult, you need the act", "", "", "Compare with the Palermo protocol"));
        notes.add(Note.draft("sendero-starter", ContentLink.Kind.LESSON, LESSON, "en", "", "", "", "", "Other note"));
        search.inNotesBox().setSelection(true);
        long before = search.searchesAnswered();
        search.queryBox().setText("PALÉRMO");
        search.queryBox().notifyListeners(SWT.DefaultSelection, new Event());
        window.until(() -> search.searchesAnswered() > before, WAIT, "the search in my notes is answered");
        assertEquals(1, search.results().table().getItemCount());
        SearchHit hit = (SearchHit) search.results().table().getItem(0).getData();
        assertEquals(LESSON, hit.doc());
        assertEquals(SECTION, hit.section());
        assertEquals(NLS.bind(Messages.NotesSearch_count, 1), search.statusText());
        assertTrue(search.passages().getText().contains("Compare with the Palermo protocol"));
        assertEquals("Palermo", search.passages().getText(search.passages().getStyleRanges()[0].start,
                search.passages().getStyleRanges()[0].start + search.passages().getStyleRanges()[0].length - 1),
                "the words found are in bold");

        Event enter = new Event();
        enter.item = search.results().table().getItem(0);
        search.results().table().notifyListeners(SWT.DefaultSelection, enter);
        window.until(() -> page().contains("mark class=\"note\"") && reader.browser() != null
                && reader.browser().getUrl().endsWith("#" + SECTION), WAIT, "the note's section, its words marked");
    }

    private List<Note> list() {
        try {
            return notes.list();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void select(Note note) {
        myNotes.tree().setSelection(new StructuredSelection(note), true);
        myNotes.tree().getTree().notifyListeners(SWT.Selection, new Event());
    }

    private String sectionTitle() {
        return (String) reader.browser().evaluate("return document.getElementById('" + SECTION + "').textContent;");
    }
}

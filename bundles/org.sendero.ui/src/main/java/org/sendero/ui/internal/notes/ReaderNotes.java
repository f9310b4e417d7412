package org.sendero.ui.internal.notes;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.sendero.progress.Note;
import org.sendero.progress.ProgressException;
import org.sendero.progress.notes.NotePlacement;
import org.sendero.ui.reader.ReaderPage;

import jakarta.inject.Inject;

/**
 * The reader's notes: a bar under the page with "Bookmark this section" and "Highlight and note"
 * (for the text selected in the page), the learner's highlights marked each time a page is built,
 * and the notes of the document that could not be placed in it any more, listed on request.
 */
@Creatable
public final class ReaderNotes {

    /** The anchor of the last heading before the start of the selection; "" when there is none. */
    static final String SELECTION_SECTION = "var s = window.getSelection(); if (!s || s.rangeCount === 0) { return null; }"
            + " var node = s.getRangeAt(0).startContainer; var found = '';"
            + " var headings = document.querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]');"
            + " for (var i = 0; i < headings.length; i++) { if (headings[i] === node || headings[i].contains(node)"
            + " || (headings[i].compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) {"
            + " found = headings[i].id; } } return found;";
    static final String SELECTION = "var s = window.getSelection(); return s ? s.toString() : '';";

    private final LearnerNotes notes;
    private final Runnable onChange = this::changed;
    private Supplier<Browser> browser;
    private Runnable showAgain;
    private Optional<ShownDocument> shown = Optional.empty();
    private List<Note> unplaced = List.of();
    /** What the page shown marks and lists: a change of notes that changes neither needs no new page. */
    private List<Object> shownMarks = List.of();

    private Button bookmark;
    private Button highlight;
    private Link unplacedLink;
    private Label status;

    @Inject
    public ReaderNotes(LearnerNotes notes) {
        this.notes = notes;
    }

    /**
     * @param browser the reader's page, null until a document is shown
     * @param showAgain shows the document again at the section being read, with the marks as they are now
     */
    public void create(Composite parent, Supplier<Browser> browser, Runnable showAgain) {
        this.browser = browser;
        this.showAgain = showAgain;
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        bookmark = new Button(bar, SWT.PUSH);
        bookmark.setText(Messages.ReaderNotes_bookmark);
        bookmark.addListener(SWT.Selection, event -> bookmark());
        highlight = new Button(bar, SWT.PUSH);
        highlight.setText(Messages.ReaderNotes_highlight);
        highlight.addListener(SWT.Selection, event -> highlight());
        status = new Label(bar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(80, SWT.DEFAULT)
                .applyTo(status);
        unplacedLink = new Link(bar, SWT.NONE);
        unplacedLink.addListener(SWT.Selection, event -> listUnplaced());
        enable();
        notes.onChange(onChange);
        bar.addListener(SWT.Dispose, event -> notes.removeListener(onChange));
    }

    /** The page body with the learner's highlights of {@code document} marked. */
    public String mark(String html, ShownDocument document) {
        shown = Optional.of(document);
        NotePlacement.Result placed = placed(document);
        unplaced = placed.unplaced();
        shownMarks = marks(placed);
        unplacedLink.setText(unplaced.isEmpty() ? ""
                : "<a>" + NLS.bind(Messages.ReaderNotes_unplaced, unplaced.size()) + "</a>");
        unplacedLink.setVisible(!unplaced.isEmpty());
        status.setText("");
        enable();
        unplacedLink.getParent().layout(true, true);
        return NoteMarks.mark(html, placed.placed());
    }

    private NotePlacement.Result placed(ShownDocument document) {
        List<Note> mine;
        try {
            mine = notes.list().stream().filter(document::shows).toList();
        } catch (ProgressException e) {
            status.setText(e.getMessage());
            mine = List.of();
        }
        return NotePlacement.place(mine, document.sections());
    }

    /** The highlights as marked (where, with which note) and the notes listed as not placed. */
    private static List<Object> marks(NotePlacement.Result placed) {
        return List.of(placed.placed().stream().filter(p -> !p.note().isBookmark())
                .map(p -> List.of(p.note().id(), p.note().body(), p.anchor(), p.occurrence())).toList(),
                placed.unplaced().stream().map(n -> List.of(n.id(), n.body())).toList());
    }

    private void enable() {
        boolean ready = shown.isPresent() && notes.learner().isPresent();
        bookmark.setEnabled(ready);
        highlight.setEnabled(ready);
    }

    private void changed() {
        if (!bookmark.isDisposed()) {
            enable();
            if (shown.isPresent() && !marks(placed(shown.get())).equals(shownMarks)) {
                showAgain.run();
            }
        }
    }

    private Optional<Object> ask(String script) {
        Browser page = browser.get();
        try {
            return page == null || page.isDisposed() ? Optional.empty() : Optional.ofNullable(page.evaluate(script));
        } catch (SWTException e) {
            return Optional.empty(); // a page still loading has no section or selection yet
        }
    }

    private void bookmark() {
        if (shown.isEmpty()) {
            return;
        }
        ShownDocument document = shown.get();
        String anchor = ask(ReaderPage.SECTION_QUERY).map(String::valueOf).orElse("");
        save(Note.draft(document.packId(), document.link().kind(), document.link().id(), document.lang(), anchor, "",
                "", "", ""), NLS.bind(Messages.ReaderNotes_bookmarked, title(document, anchor)));
    }

    private void highlight() {
        if (shown.isEmpty()) {
            return;
        }
        ShownDocument document = shown.get();
        String quote = ask(SELECTION).map(String::valueOf).orElse("").strip();
        if (quote.isEmpty()) {
            status.setText(Messages.ReaderNotes_selectFirst);
            return;
        }
        String anchor = ask(SELECTION_SECTION).map(String::valueOf)
                .orElseGet(() -> ask(ReaderPage.SECTION_QUERY).map(String::valueOf).orElse(""));
        Optional<NotePlacement.Context> context = NotePlacement.context(document.sections(), anchor, quote);
        NoteDialog dialog = new NoteDialog(bookmark.getShell(), Messages.NoteDialog_title, "\u201c" + quote + "\u201d",
                "");
        if (dialog.open() != Window.OK) {
            return;
        }
        save(Note.draft(document.packId(), document.link().kind(), document.link().id(), document.lang(),
                context.map(NotePlacement.Context::anchor).orElse(anchor), quote,
                context.map(NotePlacement.Context::before).orElse(""),
                context.map(NotePlacement.Context::after).orElse(""), dialog.body()), Messages.ReaderNotes_saved);
    }

    private void save(Note draft, String done) {
        try {
            notes.add(draft);
            if (!status.isDisposed()) {
                status.setText(done.replace("&", "&&"));
            }
        } catch (ProgressException e) {
            MessageDialog.openError(bookmark.getShell(), Messages.Notes_errorTitle, e.getMessage());
        }
    }

    private static String title(ShownDocument document, String anchor) {
        String title = document.sectionTitle(anchor);
        return title.isEmpty() ? Messages.Notes_top : title;
    }

    private void listUnplaced() {
        String list = unplaced.stream()
                .map(note -> "\u2022 "
                        + (note.isBookmark() ? Messages.Notes_bookmark : "\u201c" + note.quote() + "\u201d")
                        + (note.body().isBlank() ? "" : " \u2014 " + note.body()))
                .collect(Collectors.joining("\n"));
        MessageDialog.openInformation(bookmark.getShell(), Messages.ReaderNotes_unplacedTitle,
                Messages.ReaderNotes_unplacedIntro + "\n\n" + list);
    }

    // For tests: what the bar shows.

    public Button bookmarkButton() {
        return bookmark;
    }

    public Button highlightButton() {
        return highlight;
    }

    public List<Note> unplaced() {
        return unplaced;
    }

    public Link unplacedLink() {
        return unplacedLink;
    }

    public String statusText() {
        return status.getText();
    }
}

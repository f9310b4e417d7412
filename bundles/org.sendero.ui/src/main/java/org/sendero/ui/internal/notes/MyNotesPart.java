package org.sendero.ui.internal.notes;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sendero.core.content.ContentLink;
import org.sendero.progress.Note;
import org.sendero.progress.ProgressException;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.library.LibraryModel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * My notes: the current learner's bookmarks and highlights, grouped by document, with a filter
 * box that searches their words, quotes and document titles (ignoring case and accents). Enter or
 * Open shows the note's section in the reader; Edit changes the note; Delete removes it.
 */
public final class MyNotesPart {

    /** The reader's part id, shown when a note is opened. */
    private static final String READER_PART = "org.sendero.part.reader";

    private final LearnerNotes notes;
    private final LibraryModel model;
    private final Navigator navigator;
    private final EPartService parts;
    private final NoteGroups groups;
    private final Runnable onNotes = this::refresh;
    private final Consumer<List<org.sendero.core.content.Pack>> onLibrary = packs -> refreshLater();

    private Label header;
    private Text filter;
    private TreeViewer tree;
    private Button open;
    private Button edit;
    private Button delete;

    @Inject
    public MyNotesPart(LearnerNotes notes, LibraryModel model, Navigator navigator,
            @org.eclipse.e4.core.di.annotations.Optional EPartService parts) {
        this.notes = notes;
        this.model = model;
        this.navigator = navigator;
        this.parts = parts;
        this.groups = new NoteGroups(model);
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(header);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.MyNotesPart_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addListener(SWT.Modify, event -> refresh());
        filter.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
                event.result = Messages.MyNotesPart_filter;
            }
        });

        tree = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(120, 200).applyTo(tree.getControl());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof NoteGroups.Group group ? group.notes().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof NoteGroups.Group;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof NoteGroups.Group group ? group.title() : label((Note) element);
            }
        });
        tree.addSelectionChangedListener(event -> enable());
        tree.getTree().addListener(SWT.DefaultSelection, event -> openSelected());
        tree.getTree().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL) {
                deleteSelected();
            }
        });

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        open = button(buttons, Messages.MyNotesPart_open, this::openSelected);
        edit = button(buttons, Messages.MyNotesPart_edit, this::editSelected);
        delete = button(buttons, Messages.MyNotesPart_delete, this::deleteSelected);

        notes.onChange(onNotes);
        model.onChange(onLibrary);
        refresh();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    @PreDestroy
    public void dispose() {
        notes.removeListener(onNotes);
        model.removeListener(onLibrary);
    }

    @Focus
    public void setFocus() {
        filter.setFocus();
    }

    private String label(Note note) {
        String body = note.body().isBlank() ? "" : " \u2014 " + shorten(note.body());
        if (note.isBookmark()) {
            String section = groups.sectionTitle(note);
            return NLS.bind(Messages.MyNotesPart_bookmark, section.isEmpty() ? Messages.Notes_top : section) + body;
        }
        return "\u201c" + shorten(note.quote()) + "\u201d" + body;
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 90 ? line.substring(0, 87) + "\u2026" : line;
    }

    private void refreshLater() {
        if (!tree.getControl().isDisposed()) {
            tree.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (tree.getControl().isDisposed()) {
            return;
        }
        List<Note> all;
        try {
            all = notes.list();
        } catch (ProgressException e) {
            header.setText(e.getMessage());
            return;
        }
        List<Note> shown = LearnerNotes.matching(all, filter.getText(), groups::title);
        header.setText(notes.learner().isEmpty() ? Messages.MyNotesPart_nobody
                : all.isEmpty() ? Messages.MyNotesPart_none
                        : NLS.bind(Messages.MyNotesPart_header, notes.learner().get().name(), all.size()));
        tree.setInput(groups.group(shown));
        tree.expandAll();
        header.getParent().layout(true, true);
        enable();
    }

    private Optional<Note> selected() {
        return tree.getStructuredSelection().getFirstElement() instanceof Note note ? Optional.of(note)
                : Optional.empty();
    }

    private void enable() {
        boolean note = selected().isPresent();
        open.setEnabled(note);
        edit.setEnabled(note);
        delete.setEnabled(note);
    }

    private void openSelected() {
        selected().ifPresent(note -> {
            if (parts != null) {
                parts.showPart(READER_PART, PartState.VISIBLE);
            }
            navigator.open(new OpenRequest(
                    new ContentLink(note.kind(), note.documentId(),
                            note.anchor().isEmpty() ? Optional.empty() : Optional.of(note.anchor())),
                    Optional.of(note.packId()), List.of(), Optional.of(note.lang())));
        });
    }

    private void editSelected() {
        selected().ifPresent(note -> {
            NoteDialog dialog = new NoteDialog(tree.getControl().getShell(), Messages.NoteDialog_editTitle,
                    note.isBookmark() ? label(note) : "\u201c" + note.quote() + "\u201d", note.body());
            if (dialog.open() == Window.OK) {
                run(() -> notes.update(note.id(), dialog.body()));
            }
        });
    }

    private void deleteSelected() {
        selected().ifPresent(note -> run(() -> notes.delete(note.id())));
    }

    private void run(NoteWork work) {
        try {
            work.run();
        } catch (ProgressException e) {
            MessageDialog.openError(tree.getControl().getShell(), Messages.Notes_errorTitle, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface NoteWork {
        void run() throws ProgressException;
    }

    // For tests: what the part shows.

    public TreeViewer tree() {
        return tree;
    }

    public Text filterBox() {
        return filter;
    }

    public Button openButton() {
        return open;
    }

    public Button editButton() {
        return edit;
    }

    public Button deleteButton() {
        return delete;
    }

    public String headerText() {
        return header.getText();
    }
}

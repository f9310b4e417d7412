package org.sendero.authoring.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.sendero.authoring.internal.editor.FindReplaceDialog;
import org.sendero.authoring.internal.editor.PackSourceViewer;
import org.sendero.core.AtomicFiles;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * One pack file in a text editor: Markdown or YAML coloured, undo and redo, find and replace, saved
 * whole (never half-written). The tab shows '*' while there are unsaved changes.
 */
public final class TextEditorPart {

    /** The key of the part's persisted state that names its file. */
    public static final String FILE = "org.sendero.authoring.file";

    private final MPart part;
    private final OpenPack pack;
    private final Path file;
    private final Document document = new Document();
    private SourceViewer viewer;
    private FindReplaceDialog findReplace;

    @Inject
    public TextEditorPart(MPart part, OpenPack pack) {
        this.part = part;
        this.pack = pack;
        this.file = Path.of(part.getPersistedState().get(FILE));
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        part.setLabel(file.getFileName().toString());
        part.setTooltip(file.toString());
        try {
            document.set(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            MessageDialog.openError(parent.getShell(), Messages.Editor_readFailedTitle,
                    NLS.bind(Messages.Editor_readFailed, file, e.getMessage()));
        }
        viewer = PackSourceViewer.create(parent, file, document);
        AccessibleNames.name(viewer.getTextWidget(), NLS.bind(Messages.Editor_accessibleName, file.getFileName()));
        document.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                // nothing to do before the change
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                part.setDirty(true);
                pack.textShown(file, document.get());
            }
        });
    }

    /** Saves the text; on failure the file on disk stays as it was and the editor keeps the text. */
    @Persist
    public void save() {
        try {
            AtomicFiles.write(file, document.get().getBytes(StandardCharsets.UTF_8));
            part.setDirty(false);
            // what is typed after a save is undone on its own, back to the saved text
            IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
            if (undo != null) {
                undo.commit();
            }
        } catch (IOException e) {
            MessageDialog.openError(viewer.getControl().getShell(), Messages.Editor_saveFailedTitle,
                    NLS.bind(Messages.Editor_saveFailed, file, e.getMessage()));
            return;
        }
        pack.validate();
    }

    /** Closed without saving: the preview goes back to the file as it is on disk. */
    @PreDestroy
    public void closed() {
        if (part.isDirty() && Files.isRegularFile(file)) {
            try {
                pack.textShown(file, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the preview keeps the last text; nothing is lost, the file was never changed
            }
        }
    }

    @Focus
    public void focus() {
        viewer.getTextWidget().setFocus();
        pack.textShown(file, document.get());
    }

    /** Puts the caret at the start of a 1-based line and shows it. */
    public void goToLine(int line) {
        try {
            int index = Math.max(0, Math.min(line - 1, document.getNumberOfLines() - 1));
            int offset = document.getLineOffset(index);
            viewer.setSelectedRange(offset, 0);
            viewer.revealRange(offset, 0);
        } catch (BadLocationException e) {
            viewer.setSelectedRange(0, 0);
        }
        viewer.getTextWidget().setFocus();
    }

    public void undo() {
        operation(ITextOperationTarget.UNDO);
    }

    public void redo() {
        operation(ITextOperationTarget.REDO);
    }

    private void operation(int operation) {
        if (viewer.canDoOperation(operation)) {
            viewer.doOperation(operation);
        }
    }

    /** Opens the find and replace window, or brings back the one already open for this editor. */
    public FindReplaceDialog openFindReplace() {
        if (findReplace == null || findReplace.getShell() == null || findReplace.getShell().isDisposed()) {
            findReplace = new FindReplaceDialog(viewer.getControl().getShell(), viewer);
            findReplace.open();
        } else {
            findReplace.getShell().setActive();
        }
        findReplace.findField().setFocus();
        return findReplace;
    }

    public Path file() {
        return file;
    }

    public StyledText text() {
        return viewer.getTextWidget();
    }

    public boolean isDirty() {
        return part.isDirty();
    }
}

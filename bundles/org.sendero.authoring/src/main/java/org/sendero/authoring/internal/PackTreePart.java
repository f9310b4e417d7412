package org.sendero.authoring.internal;

import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * The open pack's files as the pack format sees them: courses, modules, lessons, quizzes, guidance
 * and assets. Enter or a double-click opens a text file in an editor.
 */
public final class PackTreePart {

    private final OpenPack pack;
    private final FileOpener opener;
    private final Runnable onPackChange = this::refresh;
    private Label folderLabel;
    private TreeViewer viewer;

    @Inject
    public PackTreePart(OpenPack pack, FileOpener opener) {
        this.pack = pack;
        this.opener = opener;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Button open = new Button(parent, SWT.PUSH);
        open.setText(Messages.PackTree_open);
        open.addListener(SWT.Selection,
                event -> PackFolderChooser.choose(parent.getShell(), pack).ifPresent(pack::open));
        folderLabel = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(folderLabel);

        viewer = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        viewer.getTree().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
        column(Messages.PackTree_name, 190, entry -> entry.name());
        column(Messages.PackTree_kind, 130, entry -> entry.kind().label());
        // entries are read again at every refresh: the same path is the same entry
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof PackEntry first && b instanceof PackEntry second
                        ? first.path().equals(second.path()) : a.equals(b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof PackEntry entry ? entry.path().hashCode() : element.hashCode();
            }
        });
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((PackEntry) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((PackEntry) element).children().isEmpty();
            }
        });
        viewer.addOpenListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (chosen instanceof PackEntry entry && entry.isText()) {
                opener.open(entry.path(), 1);
            } else if (chosen instanceof PackEntry entry && entry.isFolder()) {
                viewer.setExpandedState(entry, !viewer.getExpandedState(entry));
            }
        });
        AccessibleNames.name(viewer.getControl(), Messages.PackTree_accessibleName);
        pack.onPackChange(onPackChange);
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<PackEntry, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(TextColumns.labels(PackEntry.class, text));
    }

    /** Reads the folder again: files may have been added since. */
    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        folderLabel.setText(pack.folder().map(Path::toString).orElse(Messages.PackTree_noPack));
        viewer.setInput(pack.folder().map(PackEntry::read).orElse(List.of()));
        if (expanded.length == 0) {
            viewer.expandAll();
        } else {
            viewer.setExpandedElements(expanded);
        }
        folderLabel.getParent().layout(true, true);
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        pack.removePackListener(onPackChange);
    }

    /** For tests: the tree. */
    public TreeViewer viewer() {
        return viewer;
    }
}

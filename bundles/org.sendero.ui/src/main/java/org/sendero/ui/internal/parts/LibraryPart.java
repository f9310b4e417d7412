package org.sendero.ui.internal.parts;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Pack;
import org.sendero.ui.library.Languages;
import org.sendero.ui.preferences.UiPreferences;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.internal.library.LibraryNode;
import org.sendero.ui.internal.library.LibraryTree;
import org.sendero.ui.internal.library.LibraryWords;
import org.sendero.ui.internal.library.TextFilter;
import org.sendero.ui.internal.progress.CompletionMarks;
import org.sendero.ui.internal.progress.ProgressSnapshot;
import org.sendero.ui.internal.progress.ProgressTracker;
import org.sendero.ui.quiz.QuizLauncher;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.internal.status.ReadySignal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The library: courses with their modules and lessons, and the guidance documents by topic and
 * by type, with a filter box. Enter or a double-click opens a lesson or a document in the reader.
 */
public final class LibraryPart {

    public static final String READER_PART = "org.sendero.part.reader";

    private final LibraryModel model;
    private final Navigator navigator;
    private final QuizLauncher quizzes;
    private final UISynchronize ui;
    private final EPartService parts;
    private final UiPreferences preferences;
    /** A new content language lists the documents in it. */
    private final Runnable onPreferences = this::contentLanguageChanged;
    private String listedLanguage = "";

    private final TextFilter textFilter = new TextFilter();
    private Text filter;
    private TreeViewer viewer;
    private Label status;
    private final java.util.function.Consumer<List<Pack>> onChange = packs -> asyncShow(packs);
    private final ProgressTracker progress;
    // the marks of lessons read and modules complete follow the learner's progress
    private final java.util.function.Consumer<ProgressSnapshot> onProgress;

    @Inject
    public LibraryPart(LibraryModel model, Navigator navigator, UISynchronize ui, @Optional EPartService parts,
            ProgressTracker progress, QuizLauncher quizzes, UiPreferences preferences) {
        this.preferences = preferences;
        this.model = model;
        this.quizzes = quizzes;
        this.progress = progress;
        this.onProgress = snapshot -> ui.asyncExec(this::refreshMarks);
        this.navigator = navigator;
        this.ui = ui;
        this.parts = parts;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.LibraryPart_filter);
        filter.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
                event.result = Messages.LibraryPart_filter;
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setFilters(textFilter);
        filter.addModifyListener(event -> applyFilter());
        filter.addListener(SWT.DefaultSelection, event -> viewer.getTree().setFocus());
        filter.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN) {
                viewer.getTree().setFocus();
            }
        });
        viewer.setContentProvider(new NodeContentProvider());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return CompletionMarks.label((LibraryNode) element, progress.snapshot());
            }
        });
        // Enter and double-click: a lesson or document opens in the reader, a group opens or closes
        // a title cut by the pane's edge (long in Spanish and French) is shown whole under the pointer
        viewer.getTree().addListener(SWT.MouseHover,
                event -> viewer.getTree().setToolTipText(cutTitleAt(event.x, event.y)));
        viewer.getTree().addListener(SWT.DefaultSelection,
                event -> open(((IStructuredSelection) viewer.getSelection()).getFirstElement()));
        status = new Label(parent, SWT.WRAP);
        status.setText(Messages.LibraryPart_loading);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(status);

        model.onChange(onChange);
        progress.onChange(onProgress);
        preferences.onChange(onPreferences);
        if (!model.packs().isEmpty()) {
            show(model.packs());
        }
        model.loaded().whenComplete((packs, problem) -> ui.asyncExec(() -> {
            if (status.isDisposed()) {
                return;
            } else if (problem != null) {
                showProblem(problem);
            } else if (status.getText().equals(Messages.LibraryPart_loading)) {
                show(packs);
            }
        }));
    }

    @PreDestroy
    public void dispose() {
        model.removeListener(onChange);
        progress.removeListener(onProgress);
        preferences.removeListener(onPreferences);
    }

    private void refreshMarks() {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    @Focus
    public void setFocus() {
        viewer.getTree().setFocus();
    }

    /** Keeps the rows whose label contains what was typed, and opens the groups to show them. */
    private void applyFilter() {
        textFilter.setPattern(filter.getText());
        viewer.getTree().setRedraw(false);
        try {
            viewer.refresh();
            if (filter.getText().isBlank()) {
                viewer.collapseAll();
                if (viewer.getTree().getItemCount() > 0) {
                    viewer.expandToLevel(viewer.getTree().getItem(0).getData(), 1);
                }
            } else {
                viewer.expandAll();
            }
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    private void contentLanguageChanged() {
        if (!preferences.contentLanguage().equals(listedLanguage)) {
            asyncShow(model.packs());
        }
    }

    private void asyncShow(List<Pack> packs) {
        ui.asyncExec(() -> show(packs));
    }

    private void show(List<Pack> packs) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        listedLanguage = preferences.contentLanguage();
        List<LibraryNode> roots = new LibraryTree(new Languages(listedLanguage), new LibraryWords(Locale.getDefault()))
                .roots(packs);
        viewer.setInput(roots);
        viewer.expandToLevel(roots.get(0), 1);
        long documents = packs.stream()
                .mapToLong(pack -> pack.guidance().stream().map(doc -> doc.id()).distinct().count()).sum();
        long courses = packs.stream().mapToLong(pack -> pack.courses().size()).sum();
        status.setText(NLS.bind(Messages.LibraryPart_summary, courses, documents));
        status.getParent().layout(true, true);
        viewer.getTree().update();
        ReadySignal.libraryShown(courses);
    }

    private void showProblem(Throwable problem) {
        if (!status.isDisposed()) {
            Throwable cause = problem.getCause() != null ? problem.getCause() : problem;
            status.setText(NLS.bind(Messages.LibraryPart_failed, cause.getMessage()));
        }
    }

    /** Opens a lesson or a document in the reader; a group opens or closes. */
    void open(Object element) {
        if (element == null) {
            return;
        }
        switch ((LibraryNode) element) {
            case LibraryNode.LessonItem lesson -> showInReader(OpenRequest.of(
                    new ContentLink(ContentLink.Kind.LESSON, lesson.lesson().id(), java.util.Optional.empty()),
                    lesson.packId()));
            case LibraryNode.QuizItem quiz -> {
                if (parts != null) {
                    parts.showPart(QuizLauncher.PART_ID, PartState.VISIBLE);
                }
                quizzes.open(quiz.packId(), quiz.quizId());
            }
            case LibraryNode.GuidanceItem doc -> showInReader(OpenRequest.of(
                    new ContentLink(ContentLink.Kind.GUIDANCE, doc.doc().id(), java.util.Optional.empty()),
                    doc.packId()));
            default -> viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    private void showInReader(OpenRequest request) {
        if (parts != null) {
            parts.showPart(READER_PART, PartState.VISIBLE);
        }
        navigator.open(request);
    }

    /** The tree of a list of roots: each node knows its children. */
    private static final class NodeContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((LibraryNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((LibraryNode) element).children().isEmpty();
        }
    }

    /** For tests and accessibility checks: the tree, its filter box and the line under it. */
    /** The text of the row at x, y when the tree's visible width cuts it; null otherwise. */
    String cutTitleAt(int x, int y) {
        Tree tree = viewer.getTree();
        TreeItem item = tree.getItem(new Point(x, y));
        if (item == null) {
            return null;
        }
        Rectangle text = item.getTextBounds(0);
        return text.x + text.width > tree.getClientArea().x + tree.getClientArea().width ? item.getText() : null;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public Text filterBox() {
        return filter;
    }

    public String statusText() {
        return status.getText();
    }
}

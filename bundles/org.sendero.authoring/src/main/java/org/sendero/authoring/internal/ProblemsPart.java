package org.sendero.authoring.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.ui.accessibility.AccessibleNames;
import org.sendero.content.Problem;
import org.sendero.content.Severity;

/**
 * What the validator finds in the open pack, checked again at every save: file, line, column,
 * severity and message. Enter or a double-click opens the file at the line.
 */
public final class ProblemsPart {

    private final OpenPack pack;
    private final FileOpener opener;
    private final Runnable onPackChange = this::refresh;
    private Label summary;
    private TableViewer viewer;

    @Inject
    public ProblemsPart(OpenPack pack, FileOpener opener) {
        this.pack = pack;
        this.opener = opener;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        column(Messages.Problems_severity, 90,
                problem -> problem.severity() == Severity.ERROR ? Messages.Severity_error : Messages.Severity_warning);
        column(Messages.Problems_file, 360, Problem::path);
        column(Messages.Problems_line, 60, problem -> Integer.toString(problem.line()));
        column(Messages.Problems_column, 70, problem -> Integer.toString(problem.column()));
        column(Messages.Problems_message, 520, Problem::message);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Problem problem) {
                open(problem);
            }
        });
        AccessibleNames.name(viewer.getControl(), Messages.Problems_accessibleName);
        pack.onPackChange(onPackChange);
        refresh();
    }

    private void column(String title, int width, Function<Problem, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(TextColumns.labels(Problem.class, text));
    }

    private void open(Problem problem) {
        pack.folder().ifPresent(folder -> {
            Path file = folder.resolve(problem.path()).normalize();
            if (file.startsWith(folder) && java.nio.file.Files.isRegularFile(file)) {
                opener.open(file, problem.line());
            }
        });
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Problem> problems = pack.problems();
        summary.setText(pack.folder().isEmpty() ? Messages.Problems_noPack
                : NLS.bind(Messages.Problems_summary, pack.report().errorCount(), pack.report().warningCount()));
        viewer.setInput(problems);
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        pack.removePackListener(onPackChange);
    }

    /** For tests: the table and the line above it. */
    public TableViewer viewer() {
        return viewer;
    }

    public String summaryText() {
        return summary.getText();
    }
}

package org.sendero.ui.internal.reports;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.sendero.reports.CompletionMatrix;
import org.sendero.reports.CompletionState;

/** The completion matrix: a row per learner, a column per module, the state in each cell. */
final class CompletionTable {

    private final Composite holder;
    private final TableColumnLayout layout = new TableColumnLayout(true);
    private final TableViewer viewer;

    CompletionTable(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        viewer = TableColumns.viewer(holder, layout);
    }

    Composite control() {
        return holder;
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Rebuilds the columns: the modules change with the files. */
    void show(CompletionMatrix matrix) {
        viewer.getTable().setRedraw(false);
        try {
            viewer.setInput(List.of());
            for (TableColumn column : viewer.getTable().getColumns()) {
                column.dispose();
            }
            TableColumns.add(viewer, layout, Messages.ReportsPart_learner, 3, Integer.class,
                    row -> matrix.learners().get(row).name());
            for (int m = 0; m < matrix.modules().size(); m++) {
                int module = m;
                TableColumns.add(viewer, layout, matrix.modules().get(m).title(), 2, Integer.class,
                        row -> word(matrix.state(row, module)));
            }
            viewer.setInput(IntStream.range(0, matrix.learners().size()).boxed().toList());
            holder.layout(true, true);
        } finally {
            viewer.getTable().setRedraw(true);
        }
    }

    static String word(CompletionState state) {
        return switch (state) {
            case COMPLETED -> Messages.ReportsPart_completed;
            case IN_PROGRESS -> Messages.ReportsPart_inProgress;
            case NOT_STARTED -> Messages.ReportsPart_notStarted;
        };
    }
}

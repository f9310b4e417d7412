package org.sendero.ui.internal.reports;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableColumn;
import org.sendero.reports.QuestionStats;

/**
 * Every question with its figures. A click on a heading, or its entry in the table's context menu,
 * sorts by that column; a second time the other way round.
 */
final class QuestionTable {

    private final Composite holder;
    private final TableViewer viewer;
    private final Menu sortMenu;
    private Comparator<QuestionStats> order = (a, b) -> 0;

    QuestionTable(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout(true);
        viewer = TableColumns.viewer(holder, layout);
        sortMenu = new Menu(viewer.getTable());
        viewer.getTable().setMenu(sortMenu);
        column(layout, Messages.ReportsPart_module, 2, QuestionStats::moduleId,
                Comparator.comparing(QuestionStats::moduleId));
        column(layout, Messages.ReportsPart_item, 1, QuestionStats::itemId,
                Comparator.comparing(QuestionStats::itemId));
        column(layout, Messages.ReportsPart_question, 6, QuestionStats::title,
                Comparator.comparing(QuestionStats::title));
        column(layout, Messages.ReportsPart_answers, 1, q -> Integer.toString(q.answers()),
                Comparator.comparingInt(QuestionStats::answers));
        column(layout, Messages.ReportsPart_difficulty, 1, q -> TableColumns.share(q.difficulty()),
                Comparator.comparingDouble(QuestionStats::difficulty));
        column(layout, Messages.ReportsPart_discrimination, 1, QuestionTable::discrimination,
                Comparator.comparingDouble(q -> q.discrimination().orElse(Double.NEGATIVE_INFINITY)));
        column(layout, Messages.ReportsPart_ref, 3, QuestionTable::ref, Comparator.comparing(QuestionTable::ref));
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return order.compare((QuestionStats) a, (QuestionStats) b);
            }
        });
    }

    private void column(TableColumnLayout layout, String label, int weight, Function<QuestionStats, String> text,
            Comparator<QuestionStats> comparator) {
        TableViewerColumn column = TableColumns.add(viewer, layout, label, weight, QuestionStats.class, text);
        column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), comparator));
        // headings cannot take the keyboard focus: the context menu (menu key, Shift+F10) sorts too
        MenuItem item = new MenuItem(sortMenu, SWT.PUSH);
        item.setText(NLS.bind(Messages.ReportsPart_sortBy, label));
        item.addListener(SWT.Selection, event -> sortBy(column.getColumn(), comparator));
    }

    /** Sorts by a column; the same column again turns the order round. */
    void sortBy(TableColumn column, Comparator<QuestionStats> comparator) {
        var table = viewer.getTable();
        boolean up = table.getSortColumn() != column || table.getSortDirection() == SWT.DOWN;
        table.setSortColumn(column);
        table.setSortDirection(up ? SWT.UP : SWT.DOWN);
        order = up ? comparator : comparator.reversed();
        viewer.refresh();
    }

    static String discrimination(QuestionStats q) {
        return q.discrimination().isPresent() ? TableColumns.share(q.discrimination().getAsDouble()) : "\u2013";
    }

    static String ref(QuestionStats q) {
        return q.refTitle().or(q::ref).orElse("");
    }

    Composite control() {
        return holder;
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<QuestionStats> questions) {
        viewer.setInput(questions);
    }
}

package org.sendero.ui.internal.reports;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.sendero.reports.QuestionStats;

/**
 * The most-missed questions, worst first, each with the guidance to reread (or, when the pack is
 * not installed here, the question's activity id, so the trainer can still find it).
 */
final class MissedTable {

    private final Composite holder;
    private final TableViewer viewer;
    private List<QuestionStats> shown = List.of();

    MissedTable(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout(true);
        viewer = TableColumns.viewer(holder, layout);
        TableColumns.add(viewer, layout, Messages.ReportsPart_rank, 1, QuestionStats.class,
                q -> Integer.toString(shown.indexOf(q) + 1));
        TableColumns.add(viewer, layout, Messages.ReportsPart_question, 6, QuestionStats.class, QuestionStats::title);
        TableColumns.add(viewer, layout, Messages.ReportsPart_wrong, 1, QuestionStats.class,
                q -> NLS.bind("{0}/{1}", q.wrong(), q.answers()));
        TableColumns.add(viewer, layout, Messages.ReportsPart_difficulty, 1, QuestionStats.class,
                q -> TableColumns.share(q.difficulty()));
        TableColumns.add(viewer, layout, Messages.ReportsPart_ref, 4, QuestionStats.class,
                q -> q.refTitle().or(q::ref).orElse(q.activityId()));
    }

    Composite control() {
        return holder;
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<QuestionStats> questions) {
        shown = List.copyOf(questions);
        viewer.setInput(shown);
    }
}

package org.sendero.ui.internal.reports;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Columns of the report's tables: a label, a share of the width, and what a row shows in it. */
final class TableColumns {

    private TableColumns() {
    }

    /** A table filling {@code holder}, whose columns share its width by {@code layout}. */
    static TableViewer viewer(Composite holder, TableColumnLayout layout) {
        holder.setLayout(layout);
        TableViewer viewer = new TableViewer(holder,
                SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    static <T> TableViewerColumn add(TableViewer viewer, TableColumnLayout layout, String label, int weight,
            Class<T> type, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(label);
        column.getColumn().setMoveable(false);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }
        });
        // a share of the width, and at least the heading's width in the current font (150% included)
        column.getColumn().pack();
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, column.getColumn().getWidth(), true));
        return column;
    }

    /** A share (0 to 1) with two decimals, as the user's language writes them. */
    static String share(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}

package org.sendero.authoring.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;

/** A column's text from a function of the row, for the tree and the table of the authoring parts. */
final class TextColumns {

    private TextColumns() {
    }

    static <T> ColumnLabelProvider labels(Class<T> rowType, Function<T, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        };
    }
}

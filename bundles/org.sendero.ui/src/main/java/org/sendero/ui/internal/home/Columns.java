package org.sendero.ui.internal.home;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * How many columns fit a width: as many as leave each column room for a line of {@code chars}
 * characters of the grid's font, so that larger letters give fewer, wider columns.
 */
final class Columns {

    private Columns() {
    }

    static int count(Composite grid, int width, int chars, int most) {
        GC gc = new GC(grid);
        double charWidth;
        try {
            charWidth = gc.getFontMetrics().getAverageCharacterWidth();
        } finally {
            gc.dispose();
        }
        return Math.max(1, Math.min(most, (int) (width / Math.max(1, charWidth * chars))));
    }

    /** Gives the grid {@code columns}; true when that changed them. */
    static boolean set(Composite grid, int columns) {
        GridLayout layout = (GridLayout) grid.getLayout();
        if (layout.numColumns == columns) {
            return false;
        }
        layout.numColumns = columns;
        return true;
    }
}

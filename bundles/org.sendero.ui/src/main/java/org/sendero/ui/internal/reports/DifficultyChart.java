package org.sendero.ui.internal.reports;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.sendero.reports.QuestionStats;

/**
 * A bar per question: the share answered right. Painted on a canvas whose rows follow the font's
 * height, so a larger font makes larger rows; a screen reader hears every bar as "question: share".
 */
final class DifficultyChart {

    private static final int LABEL_CHARS = 40;

    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private List<QuestionStats> questions = List.of();

    DifficultyChart(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        scroller.setContent(canvas);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addPaintListener(event -> paint(event.gc));
        // focusable, so that keyboard users reach it and a screen reader reads it
        canvas.addListener(SWT.KeyDown, event -> {
        });
        canvas.addListener(SWT.Traverse, event -> event.doit = true);
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = describe();
            }
        });
    }

    Composite control() {
        return scroller;
    }

    Canvas canvas() {
        return canvas;
    }

    void show(List<QuestionStats> shown) {
        questions = List.copyOf(shown);
        GC gc = new GC(canvas);
        int line;
        try {
            line = gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
        scroller.setMinSize(0, line * 3 + questions.size() * (line + line / 2));
        canvas.redraw();
    }

    /** The chart in words: its name and every bar. */
    String describe() {
        StringBuilder text = new StringBuilder(Messages.ReportsPart_chartName);
        for (QuestionStats q : questions) {
            text.append("; ")
                    .append(NLS.bind(Messages.ReportsPart_chartBar, label(q), TableColumns.share(q.difficulty())));
        }
        return text.toString();
    }

    private static String label(QuestionStats q) {
        String text = q.itemId() + " \u2013 " + q.title();
        return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS - 1) + "\u2026";
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        int line = gc.getFontMetrics().getHeight();
        int row = line + line / 2;
        int labelWidth = Math.min(size.x / 2, gc.textExtent("M".repeat(LABEL_CHARS / 2)).x);
        int valueWidth = gc.textExtent("0,000").x + line;
        int barWidth = Math.max(10, size.x - labelWidth - valueWidth - 2 * line);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(Messages.ReportsPart_chartName, line / 2, line / 2, true);
        for (int i = 0; i < questions.size(); i++) {
            QuestionStats q = questions.get(i);
            int y = line * 2 + i * row;
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(label(q), line / 2, y, true);
            int x = line + labelWidth;
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.fillRectangle(x, y + 2, barWidth, line - 4);
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.fillRectangle(x, y + 2, (int) Math.round(barWidth * q.difficulty()), line - 4);
            gc.drawText(TableColumns.share(q.difficulty()), x + barWidth + line / 2, y, true);
        }
    }
}

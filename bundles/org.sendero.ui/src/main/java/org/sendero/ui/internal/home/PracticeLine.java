package org.sendero.ui.internal.home;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.ui.accessibility.AccessibleNames;
import org.sendero.ui.internal.practice.PracticeStatus;

/**
 * "Practice: 6 questions due" with its Start button, under Continue: the questions a learner
 * answered wrongly come back on Home on the day they are due.
 */
final class PracticeLine {

    private final Label text;
    private final Button start;

    private final Font bold;

    /** @param status the figures when already read; the line stays empty until {@link #show} gives them */
    PracticeLine(Composite page, java.util.Optional<PracticeStatus> status, Font bold, Runnable onStart) {
        this.bold = bold;
        Composite row = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 4).extendedMargins(0, 0, 2, 6).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        text = new Label(row, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT)
                .applyTo(text);
        start = new Button(row, SWT.PUSH);
        start.setText(org.sendero.ui.internal.practice.Messages.Practice_start);
        start.setEnabled(false);
        start.addListener(SWT.Selection, event -> onStart.run());
        // read when asked: the figures change after the line is made
        start.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
                event.result = text.getText() + ". " + AccessibleNames.spoken(start.getText());
            }
        });
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(start);
        status.ifPresent(this::show);
    }

    /** New figures, in place: the page around it and the keyboard's place in it stay as they are. */
    void show(PracticeStatus status) {
        text.setText(status.label());
        text.setFont(status.canStart() ? bold : null);
        start.setEnabled(status.canStart());
        text.getParent().getParent().layout(true, true);
    }

    Label text() {
        return text;
    }

    Button startButton() {
        return start;
    }
}

package org.sendero.ui.internal.home;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * For a learner who has not started: three steps (pick a course, read the lessons, take the quiz)
 * side by side when there is room, one under the other when not, and where their progress is kept.
 */
final class HowItWorks {

    private final Composite strip;
    private final Composite steps;

    HowItWorks(Composite parent, Font bold) {
        strip = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(strip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(strip);
        Label title = label(strip, Messages.HowItWorks_title);
        title.setFont(bold);
        steps = new Composite(strip, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).spacing(16, 6).applyTo(steps);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(steps);
        step(Messages.HowItWorks_pick, Messages.HowItWorks_pickText, bold);
        step(Messages.HowItWorks_read, Messages.HowItWorks_readText, bold);
        step(Messages.HowItWorks_quiz, Messages.HowItWorks_quizText, bold);
        label(strip, Messages.HowItWorks_saved);
    }

    private void step(String name, String text, Font bold) {
        Composite step = new Composite(steps, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(step);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(step);
        label(step, name).setFont(bold);
        label(step, text);
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** Three columns when each has room for a short line, else one: two would leave the third step alone. */
    boolean fitTo(int width) {
        int columns = Columns.count(steps, width, 24, 3);
        return Columns.set(steps, columns == 3 ? 3 : 1);
    }

    Composite strip() {
        return strip;
    }
}

package org.sendero.ui.internal.parts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A part whose content arrives with a later capability: it says in one sentence what it will
 * hold, so that the layout can be judged and the window is never blank.
 */
abstract class PlaceholderPart {

    private Label description;

    protected void createDescription(Composite parent, String text) {
        GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(parent);
        description = new Label(parent, SWT.WRAP);
        description.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(description);
    }

    protected void focus() {
        description.setFocus();
    }

    /** The sentence shown, for tests and accessibility checks. */
    public String descriptionText() {
        return description.getText();
    }
}

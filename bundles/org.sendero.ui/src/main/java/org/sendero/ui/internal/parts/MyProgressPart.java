package org.sendero.ui.internal.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** Your courses, your quiz scores and what to do next will be shown here. */
public final class MyProgressPart extends PlaceholderPart {

    @PostConstruct
    public void create(Composite parent) {
        createDescription(parent, Messages.MyProgressPart_description);
    }

    @Focus
    public void setFocus() {
        focus();
    }
}

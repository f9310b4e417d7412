package org.sendero.ui.internal.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** Open a lesson or a guidance document from the Library or from Search to read it here. */
public final class ReaderPart extends PlaceholderPart {

    @PostConstruct
    public void create(Composite parent) {
        createDescription(parent, Messages.ReaderPart_description);
    }

    @Focus
    public void setFocus() {
        focus();
    }
}

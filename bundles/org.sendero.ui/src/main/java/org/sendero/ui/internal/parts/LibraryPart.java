package org.sendero.ui.internal.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** The courses, modules and lessons of the installed packs, and the guidance library grouped by topic, will be listed here. */
public final class LibraryPart extends PlaceholderPart {

    @PostConstruct
    public void create(Composite parent) {
        createDescription(parent, Messages.LibraryPart_description);
    }

    @Focus
    public void setFocus() {
        focus();
    }
}

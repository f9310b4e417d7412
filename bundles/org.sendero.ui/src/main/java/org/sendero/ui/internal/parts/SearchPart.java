package org.sendero.ui.internal.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** Type a few words in English, Spanish or French to search the guidance library and the lessons. */
public final class SearchPart extends PlaceholderPart {

    @PostConstruct
    public void create(Composite parent) {
        createDescription(parent, Messages.SearchPart_description);
    }

    @Focus
    public void setFocus() {
        focus();
    }
}

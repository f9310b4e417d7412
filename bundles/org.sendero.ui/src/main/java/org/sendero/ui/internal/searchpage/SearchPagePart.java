package org.sendero.ui.internal.searchpage;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** Placeholder part, replaced by the real one. */
public final class SearchPagePart {

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new FillLayout());
        new Composite(parent, SWT.NONE);
    }
}

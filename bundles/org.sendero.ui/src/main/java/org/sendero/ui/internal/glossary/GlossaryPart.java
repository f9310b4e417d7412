package org.sendero.ui.internal.glossary;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** Placeholder part, replaced by the real one. */
public final class GlossaryPart {

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new FillLayout());
        new Composite(parent, SWT.NONE);
    }
}

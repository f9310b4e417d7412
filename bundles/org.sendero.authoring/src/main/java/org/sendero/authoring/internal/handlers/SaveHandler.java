package org.sendero.authoring.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Ctrl+S: saves the active editor's file, through the part service as every e4 save goes. */
public final class SaveHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        return EditorCommand.editorOf(active).isPresent() && active.isDirty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart active, EPartService parts) {
        parts.savePart(active, false);
    }
}

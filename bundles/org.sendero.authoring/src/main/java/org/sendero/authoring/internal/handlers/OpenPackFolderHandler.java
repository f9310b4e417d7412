package org.sendero.authoring.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.sendero.authoring.internal.AuthoringIds;
import org.sendero.authoring.internal.Modes;
import org.sendero.authoring.internal.OpenPack;
import org.sendero.authoring.internal.PackFolderChooser;

/** Asks for a pack folder, opens it and shows the authoring layout. */
public final class OpenPackFolderHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenPack pack, MApplication application,
            EModelService models, EPartService parts) {
        PackFolderChooser.choose(shell, pack).ifPresent(folder -> {
            Modes.show(AuthoringIds.AUTHORING_PERSPECTIVE, application, models, parts);
            pack.open(folder);
        });
    }
}

package org.sendero.authoring.internal.wizards;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.sendero.authoring.internal.OpenPack;
import org.sendero.content.PackExporter;
import org.sendero.content.PackValidator;
import org.sendero.content.authoring.PackDistribution;

import jakarta.inject.Named;

/** Trainer > Pack for distribution...: the open pack as a .sendero file, signed when a key is set up. */
public final class PackForDistributionHandler {

    @CanExecute
    public boolean canExecute(OpenPack pack) {
        return pack.folder().isPresent();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenPack pack, PackExporter exporter,
            PackValidator validator, SigningKeySetting keys) {
        new PackForDistributionDialog(shell, pack.folder().orElseThrow(), new PackDistribution(exporter, validator),
                keys.key()).open();
    }
}

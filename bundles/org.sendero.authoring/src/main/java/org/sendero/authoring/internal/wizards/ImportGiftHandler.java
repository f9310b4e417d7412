package org.sendero.authoring.internal.wizards;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.sendero.authoring.internal.OpenPack;
import org.sendero.content.PackValidator;
import org.sendero.content.authoring.PackScaffold;

import jakarta.inject.Named;

/** Trainer > Import GIFT into module...: the import, then its report. */
public final class ImportGiftHandler {

    @CanExecute
    public boolean canExecute(OpenPack pack) {
        return pack.folder().isPresent();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenPack pack, PackValidator validator) {
        ImportGiftWizard wizard = new ImportGiftWizard(new PackScaffold(pack.folder().orElseThrow(), validator),
                validator);
        if (new WizardDialog(shell, wizard).open() == Window.OK) {
            pack.validate();
            wizard.report().ifPresent(report -> new ImportReportDialog(shell, report).open());
        }
    }
}

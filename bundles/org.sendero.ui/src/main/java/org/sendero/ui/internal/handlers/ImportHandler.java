package org.sendero.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sendero.core.ContentImporter;
import org.sendero.ui.internal.library.LibraryModel;

import jakarta.inject.Named;

/**
 * File > Import…: asks for a pack file or a document and hands it to the content importer. The
 * item is enabled only while an importer service is installed.
 */
public final class ImportHandler {

    @CanExecute
    public boolean canExecute(@Optional @Service ContentImporter importer) {
        return importer != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, @Service ContentImporter importer, LibraryModel library) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.ImportHandler_title);
        dialog.setFilterExtensions(new String[] {"*.sendero;*.zip;*.md;*.txt;*.pdf", "*.*"});
        dialog.setFilterNames(new String[] {Messages.ImportHandler_filterContent, Messages.ImportHandler_filterAll});
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            String imported = importer.importFrom(Path.of(chosen));
            library.reload();
            MessageDialog.openInformation(shell, Messages.ImportHandler_title, imported);
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.ImportHandler_failed, e.getMessage());
        }
    }
}

package org.sendero.ui.internal.handlers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sendero.core.ContentImporter;
import org.sendero.ui.library.LibraryModel;

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
        CancellableImport run = new CancellableImport(importer, Path.of(chosen));
        try {
            // the import reads, verifies and validates the whole pack: off the UI thread, with a dialog
            new ProgressMonitorDialog(shell).run(true, true, run);
        } catch (InvocationTargetException | InterruptedException e) {
            // the runnable reports every failure in its outcome; neither can happen
            throw new IllegalStateException(e);
        }
        CancellableImport.Outcome outcome = run.outcome();
        if (outcome.imported().isPresent()) {
            library.reload();
            MessageDialog.openInformation(shell, Messages.ImportHandler_title, outcome.imported().get());
        } else if (outcome.cancelled()) {
            MessageDialog.openInformation(shell, Messages.ImportHandler_title, NLS.bind(Messages.ImportHandler_cancelled, chosen));
        } else {
            IOException failure = outcome.failure().orElseThrow();
            String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            new ImportProblemsDialog(shell, chosen, message.lines().toList()).open();
        }
    }
}

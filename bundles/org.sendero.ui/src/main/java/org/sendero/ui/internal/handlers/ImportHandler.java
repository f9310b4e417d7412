package org.sendero.ui.internal.handlers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
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
        Path source = Path.of(chosen);
        AtomicReference<String> imported = new AtomicReference<>();
        try {
            // the import reads, verifies and validates the whole pack: off the UI thread, with a dialog
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.ImportHandler_progress, source.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    imported.set(importer.importFrom(source));
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            library.reload();
            MessageDialog.openInformation(shell, Messages.ImportHandler_title, imported.get());
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            new ImportProblemsDialog(shell, chosen, message.lines().toList()).open();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

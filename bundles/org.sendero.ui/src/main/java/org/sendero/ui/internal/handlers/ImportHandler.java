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
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallOptions;
import org.sendero.content.SignerChangeException;
import org.sendero.core.ContentImporter;
import org.sendero.ui.library.LibraryModel;

import jakarta.inject.Named;

/**
 * File > Import…: asks for a pack file or a document and hands it to the content importer. The
 * item is enabled only while an importer service is installed. A pack installed with a signature
 * that comes again signed by another key, or without a signature, is installed only when the user
 * says Yes to a question naming both keys.
 */
public final class ImportHandler {

    @CanExecute
    public boolean canExecute(@Optional @Service ContentImporter importer) {
        return importer != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, @Service ContentImporter importer,
            @Optional @Service ContentLibrary library, LibraryModel model) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.ImportHandler_title);
        dialog.setFilterExtensions(new String[] { "*.sendero;*.zip;*.md;*.txt;*.pdf", "*.*" });
        dialog.setFilterNames(new String[] { Messages.ImportHandler_filterContent, Messages.ImportHandler_filterAll });
        String chosen = dialog.open();
        if (chosen != null) {
            importFile(shell, Path.of(chosen), importer, library, model);
        }
    }

    /** Imports the file the user chose, asking before a pack's signer changes; says how it went. */
    public void importFile(Shell shell, Path source, ContentImporter importer, ContentLibrary library,
            LibraryModel model) {
        String chosen = source.toString();
        CancellableImport.Outcome outcome = run(shell, new CancellableImport(importer, source));
        if (library != null && outcome.failure().orElse(null) instanceof SignerChangeException changed
                && !outcome.cancelled()) {
            if (!askToAccept(shell, changed, source)) {
                return;
            }
            InstallOptions accepted = changed.newSigner().map(InstallOptions.NONE::acceptingSigner)
                    .orElse(InstallOptions.NONE.acceptingUnsigned());
            outcome = run(shell, new CancellableImport(path -> library.install(path, accepted).describe(), source));
        }
        show(shell, chosen, outcome, model);
    }

    private static CancellableImport.Outcome run(Shell shell, CancellableImport run) {
        try {
            // the import reads, verifies and validates the whole pack: off the UI thread, with a dialog
            new ProgressMonitorDialog(shell).run(true, true, run);
        } catch (InvocationTargetException | InterruptedException e) {
            // the runnable reports every failure in its outcome; neither can happen
            throw new IllegalStateException(e);
        }
        return run.outcome();
    }

    /** The question about a changed signer: Yes installs the copy, No leaves the installed pack as it is. */
    private static boolean askToAccept(Shell shell, SignerChangeException changed, Path source) {
        String file = String.valueOf(source.getFileName());
        String question = changed.newSigner()
                .map(key -> NLS.bind(Messages.ImportHandler_signerChanged,
                        new Object[] { changed.packId(), changed.installedSigner(), file, key }))
                .orElse(NLS.bind(Messages.ImportHandler_signerRemoved,
                        new Object[] { changed.packId(), changed.installedSigner(), file }));
        return MessageDialog.openQuestion(shell, Messages.ImportHandler_title, question);
    }

    private static void show(Shell shell, String chosen, CancellableImport.Outcome outcome, LibraryModel model) {
        if (outcome.imported().isPresent()) {
            model.reload();
            MessageDialog.openInformation(shell, Messages.ImportHandler_title, outcome.imported().get());
        } else if (outcome.cancelled()) {
            MessageDialog.openInformation(shell, Messages.ImportHandler_title,
                    NLS.bind(Messages.ImportHandler_cancelled, chosen));
        } else {
            IOException failure = outcome.failure().orElseThrow();
            String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            new ImportProblemsDialog(shell, chosen, message.lines().toList()).open();
        }
    }
}

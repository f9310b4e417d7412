package org.sendero.ui.internal.update;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sendero.update.ProductUpdater;
import org.sendero.update.UpdateCheck;
import org.sendero.update.UpdateException;

/**
 * Help > Check for updates…: the IT person points at the folder (USB stick, share) or HTTPS address
 * of a new Sendero, sees what it changes, and installs it; the dialog then ends with
 * {@link #INSTALLED} so that the workbench restarts into the new version.
 */
public final class UpdateDialog extends Dialog {

    /** The return code once an update was installed. */
    public static final int INSTALLED = IDialogConstants.CLIENT_ID + 1;
    static final int CHECK_ID = IDialogConstants.CLIENT_ID + 2;

    private final ProductUpdater updater;
    private Text source;
    private Text result;
    private Button browse;
    private Optional<UpdateCheck> checked = Optional.empty();
    private boolean busy;

    public UpdateDialog(Shell parent, ProductUpdater updater) {
        super(parent);
        this.updater = updater;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Update_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(12, 12).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.Update_intro);
        GridDataFactory.fillDefaults().span(3, 1).hint(560, SWT.DEFAULT).grab(true, false).applyTo(intro);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.Update_source);
        source = new Text(area, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
        source.addListener(SWT.Modify, event -> forget());
        browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.Update_browse);
        browse.addListener(SWT.Selection, event -> chooseFolder());
        result = new Text(area, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(3, 1).hint(560, 220).grab(true, true).applyTo(result);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, CHECK_ID, Messages.Update_check, true);
        createButton(parent, IDialogConstants.OK_ID, Messages.Update_install, false).setEnabled(false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        switch (buttonId) {
            case CHECK_ID -> check();
            case IDialogConstants.OK_ID -> install();
            default -> close();
        }
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.Update_chooseFolder);
        String folder = dialog.open();
        if (folder != null) {
            source.setText(folder);
            check();
        }
    }

    private void forget() {
        checked = Optional.empty();
        Button install = getButton(IDialogConstants.OK_ID);
        if (install != null) {
            install.setEnabled(false);
        }
    }

    /** Reads the repository named in the field and shows what it offers. */
    void check() {
        forget();
        String from = source.getText().strip();
        if (from.isEmpty()) {
            result.setText(Messages.Update_noSource);
            return;
        }
        result.setText(NLS.bind(Messages.Update_checking, from));
        inBackground(() -> {
            try {
                UpdateCheck check = updater.check(from);
                return () -> {
                    checked = Optional.of(check);
                    result.setText(UpdateText.of(check));
                    getButton(IDialogConstants.OK_ID).setEnabled(check.updateAvailable());
                };
            } catch (UpdateException e) {
                return () -> result.setText(NLS.bind(Messages.Update_failed, e.getMessage()));
            }
        });
    }

    private void install() {
        if (checked.isEmpty()) {
            return;
        }
        String from = checked.get().source();
        result.setText(NLS.bind(Messages.Update_installing, checked.get().available()));
        inBackground(() -> {
            try {
                // the updater's own progress lines are for the command line's log, in English
                updater.install(from, line -> {
                });
                return () -> {
                    setReturnCode(INSTALLED);
                    close();
                };
            } catch (UpdateException e) {
                return () -> {
                    result.setText(NLS.bind(Messages.Update_installFailed, e.getMessage()));
                    forget();
                };
            }
        });
    }

    /**
     * Runs {@code work} away from the window, which stays drawn and says what goes on (a share or a USB stick can take
     * minutes), then shows what it returns. Nothing else can be pressed meanwhile: an installation half done cannot be
     * left.
     */
    private void inBackground(Supplier<Runnable> work) {
        busy = true;
        setControlsEnabled(false);
        Display display = getShell().getDisplay();
        Thread worker = new Thread(() -> {
            Runnable outcome = work.get();
            display.asyncExec(() -> {
                if (getShell() == null || getShell().isDisposed()) {
                    return;
                }
                busy = false;
                setControlsEnabled(true);
                // only a check that found something newer offers the installation again
                getButton(IDialogConstants.OK_ID).setEnabled(false);
                outcome.run();
            });
        }, "Sendero update");
        worker.setDaemon(true);
        worker.start();
    }

    private void setControlsEnabled(boolean enabled) {
        source.setEnabled(enabled);
        browse.setEnabled(enabled);
        for (int id : new int[] { CHECK_ID, IDialogConstants.OK_ID, IDialogConstants.CLOSE_ID }) {
            getButton(id).setEnabled(enabled);
        }
    }

    @Override
    protected void handleShellCloseEvent() {
        // Escape or the window's close box while an update is read or installed: it goes on, so the window stays
        if (!busy) {
            super.handleShellCloseEvent();
        }
    }

    /** For tests: whether a check or an installation is going on. */
    boolean busy() {
        return busy;
    }

    /** For tests: the field and the result the dialog shows. */
    Text sourceField() {
        return source;
    }

    Text resultText() {
        return result;
    }
}

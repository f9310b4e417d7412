package org.sendero.authoring.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.PackDistribution;
import org.sendero.content.authoring.PackSummary;
import org.sendero.content.authoring.SigningKey;

/**
 * The open pack as one .sendero file: what it holds, whether it will be signed, where to save it.
 * Pack writes it; the dialog then shows what was written, with the signer's fingerprint.
 */
public final class PackForDistributionDialog extends TitleAreaDialog {

    private final Path folder;
    private final PackDistribution distribution;
    private final Optional<SigningKey> key;
    private Label summaryLabel;
    private Text target;
    private Optional<PackSummary> written = Optional.empty();

    public PackForDistributionDialog(Shell parent, Path folder, PackDistribution distribution,
            Optional<SigningKey> key) {
        super(parent);
        this.folder = folder;
        this.distribution = distribution;
        this.key = key;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Distribution_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Distribution_title);
        setMessage(Messages.Distribution_description);
        Composite content = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(content);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        summaryLabel = new Label(content, SWT.WRAP);
        summaryLabel.setData(Form.FIELD, "summary");
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(summaryLabel);
        Label signing = new Label(content, SWT.WRAP);
        signing.setData(Form.FIELD, "signing");
        signing.setText(key.map(k -> NLS.bind(Messages.Distribution_willSign, k.fingerprint()))
                .orElse(Messages.Distribution_wontSign));
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(signing);
        Form form = new Form(content, this::check);
        target = form.textWithButton(Messages.Distribution_target, "target", Messages.Form_browse, this::browse);
        try {
            PackSummary summary = distribution.summarize(folder);
            summaryLabel.setText(SummaryText.of(summary, Locale.getDefault().getLanguage()));
            Path parentFolder = folder.toAbsolutePath().getParent();
            target.setText((parentFolder == null ? folder : parentFolder).resolve(summary.id() + "-" + summary.version()
                    + ".sendero").toString());
        } catch (ContentException e) {
            summaryLabel.setText(Messages.Distribution_hasErrors);
            setErrorMessage(SigningKeyDialog.message(e));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Distribution_pack, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.sendero" });
        dialog.setOverwrite(true);
        target().ifPresent(path -> {
            dialog.setFilterPath(String.valueOf(path.getParent()));
            dialog.setFileName(path.getFileName().toString());
        });
        Optional.ofNullable(dialog.open()).ifPresent(target::setText);
    }

    private Optional<Path> target() {
        try {
            return target.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(target.getText().strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void check() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || written.isPresent()) {
            return;
        }
        boolean usable = target()
                .filter(path -> path.getParent() == null || Files.isDirectory(path.toAbsolutePath().getParent()))
                .isPresent() && !summaryLabel.getText().equals(Messages.Distribution_hasErrors);
        ok.setEnabled(usable);
    }

    @Override
    protected void okPressed() {
        if (written.isPresent()) {
            super.okPressed();
            return;
        }
        try {
            PackSummary summary = distribution.export(folder, target().orElseThrow(), key);
            written = Optional.of(summary);
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.Distribution_written, target().orElseThrow()));
            summaryLabel.setText(SummaryText.of(summary, Locale.getDefault().getLanguage()));
            summaryLabel.getParent().layout(true, true);
            target.setEnabled(false);
            getButton(IDialogConstants.OK_ID).setText(IDialogConstants.CLOSE_LABEL);
            getButton(IDialogConstants.CANCEL_ID).setVisible(false);
            getShell().layout(true, true);
        } catch (ContentException e) {
            setErrorMessage(SigningKeyDialog.message(e));
        }
    }

    /** What was written, after Pack. */
    public Optional<PackSummary> written() {
        return written;
    }
}

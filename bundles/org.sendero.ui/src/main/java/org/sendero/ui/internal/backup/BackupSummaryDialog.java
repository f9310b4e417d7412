package org.sendero.ui.internal.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sendero.backup.BackupSummary;
import org.sendero.backup.PackRecord;

/**
 * What a backup holds: when and by which Sendero it was made, the format of its records, how many
 * learners and notes, the packs installed then and the settings. Shown after a backup is written
 * (OK) and before one is restored (Restore or Cancel).
 */
public final class BackupSummaryDialog extends Dialog {

    private final String title;
    private final String message;
    private final BackupSummary summary;
    private final boolean confirm;

    /**
     * @param confirm true to ask (Restore, Cancel), false to tell (OK)
     */
    public BackupSummaryDialog(Shell parent, String title, String message, BackupSummary summary, boolean confirm) {
        super(parent);
        this.title = title;
        this.message = message;
        this.summary = summary;
        this.confirm = confirm;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(message);
        GridDataFactory.fillDefaults().span(2, 1).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT).applyTo(intro);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
        row(area, Messages.Summary_made,
                NLS.bind(Messages.Summary_madeValue, when.format(summary.created()), summary.senderoVersion()));
        row(area, Messages.Summary_schema, Integer.toString(summary.schemaVersion()));
        row(area, Messages.Summary_learners, Long.toString(summary.learners()));
        row(area, Messages.Summary_notes, Long.toString(summary.notes()));
        StringBuilder packs = new StringBuilder();
        for (PackRecord pack : summary.packs()) {
            packs.append(packs.isEmpty() ? "" : "\n").append(pack.signer().isEmpty()
                    ? NLS.bind(Messages.Summary_notSigned, pack.id(), pack.version())
                    : NLS.bind(Messages.Summary_signedBy, new Object[] { pack.id(), pack.version(), pack.signer() }));
        }
        row(area, Messages.Summary_packs, packs.isEmpty() ? Messages.Summary_noPacks : packs.toString());
        row(area, Messages.Summary_settings,
                summary.settings().isEmpty() ? Messages.Summary_none : String.join(", ", summary.settings()));
        return area;
    }

    private static void row(Composite area, String name, String value) {
        Label label = new Label(area, SWT.NONE);
        label.setText(name);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Label shown = new Label(area, SWT.WRAP);
        shown.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(shown);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (confirm) {
            createButton(parent, IDialogConstants.OK_ID, Messages.Restore_button, false);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        } else {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        }
    }
}

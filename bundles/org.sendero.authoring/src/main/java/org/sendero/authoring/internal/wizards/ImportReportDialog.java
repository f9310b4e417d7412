package org.sendero.authoring.internal.wizards;

import java.util.List;

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
import org.sendero.content.Problem;
import org.sendero.content.authoring.ImportReport;
import org.sendero.core.content.Question;
import org.sendero.ui.accessibility.AccessibleNames;

/** What a GIFT import took into the quiz, and each construct it refused with its line. */
public final class ImportReportDialog extends Dialog {

    private final ImportReport report;
    private org.eclipse.swt.widgets.List taken;
    private org.eclipse.swt.widgets.List refused;

    public ImportReportDialog(Shell parent, ImportReport report) {
        super(parent);
        this.report = report;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Report_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(NLS.bind(report.appended() ? Messages.Report_appended : Messages.Report_written,
                report.taken().size(), report.quizFile()));
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(summary);
        taken = list(area, Messages.Report_taken, report.taken().stream()
                .map(q -> q.id() + " (" + q.typeKey() + "): " + firstLine(q)).toList());
        refused = list(area, NLS.bind(Messages.Report_refused, report.refused().size()),
                report.refused().stream().map(ImportReportDialog::line).toList());
        return area;
    }

    private static String firstLine(Question question) {
        return question.prompt().lines().findFirst().orElse("");
    }

    private static String line(Problem problem) {
        return NLS.bind(Messages.Report_line, problem.line(), problem.message());
    }

    private static org.eclipse.swt.widgets.List list(Composite parent, String label, List<String> rows) {
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(label);
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(parent,
                SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        list.setItems(rows.toArray(String[]::new));
        AccessibleNames.name(list, label);
        GridDataFactory.fillDefaults().grab(true, true)
                .hint(480, list.getItemHeight() * Math.max(3, Math.min(10, rows.size())))
                .applyTo(list);
        return list;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The rows shown, for tests: the items taken and the constructs refused. */
    public List<String> shownTaken() {
        return List.of(taken.getItems());
    }

    public List<String> shownRefused() {
        return List.of(refused.getItems());
    }
}

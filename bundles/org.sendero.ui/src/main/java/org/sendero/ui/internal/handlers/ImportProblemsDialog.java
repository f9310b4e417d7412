package org.sendero.ui.internal.handlers;

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

/**
 * Why an import failed: every problem the validator found, one per line with its file and line,
 * in a list the trainer can scroll, select and copy. Nothing was installed.
 */
public final class ImportProblemsDialog extends Dialog {

    private final String source;
    private final List<String> problems;
    private org.eclipse.swt.widgets.List list;

    public ImportProblemsDialog(Shell parent, String source, List<String> problems) {
        super(parent);
        this.source = source;
        this.problems = List.copyOf(problems);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ImportHandler_failed);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(NLS.bind(Messages.ImportProblems_summary, source, problems.size()));
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        list.setItems(problems.toArray(String[]::new));
        list.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
                event.result = summary.getText();
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(list);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** For tests: the lines shown. */
    public List<String> shownProblems() {
        return list == null ? problems : List.of(list.getItems());
    }
}

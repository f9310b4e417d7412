package org.sendero.ui.internal.practice;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * The window a practice session runs in. It is modeless, so that the guidance a feedback links to
 * can be read in the workbench beside it.
 */
public final class PracticeDialog extends Dialog {

    private final java.util.function.Function<Composite, PracticePanel> content;
    private final Runnable whenClosed;
    private PracticePanel panel;

    PracticeDialog(Shell parent, java.util.function.Function<Composite, PracticePanel> content, Runnable whenClosed) {
        super(parent);
        this.content = content;
        this.whenClosed = whenClosed;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Practice_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite holder = new Composite(area, SWT.NONE);
        holder.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        panel = content.apply(holder);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Practice_close, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Closed by its button, its window's close box or Escape: whoever opened it hears of it. */
    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed) {
            whenClosed.run();
        }
        return closed;
    }

    @Override
    protected Point getInitialSize() {
        return new Point(720, 620);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    /** The session shown, once the window is open. */
    public PracticePanel panel() {
        return panel;
    }
}

package org.sendero.ui.internal.notes;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Where the learner writes (or changes) the note of a highlight or a bookmark, under the words it
 * is about. Ctrl+Enter saves, as in a message; Enter alone starts a new line.
 */
public final class NoteDialog extends Dialog {

    private final String title;
    private final String about;
    private String body;
    private Text bodyBox;

    /**
     * @param about the highlighted words, or the section bookmarked
     * @param body the note so far
     */
    public NoteDialog(Shell parent, String title, String about, String body) {
        super(parent);
        this.title = title;
        this.about = about;
        this.body = body;
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
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label quote = new Label(area, SWT.WRAP);
        quote.setText(about.replace("&", "&&"));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(quote);
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.NoteDialog_label);
        bodyBox = new Text(area, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        bodyBox.setText(body);
        bodyBox.setMessage(Messages.NoteDialog_hint);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 120).applyTo(bodyBox);
        bodyBox.addListener(SWT.Traverse, event -> {
            // Tab leaves the box for the buttons instead of typing a tab, so the keyboard can reach them
            if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                event.doit = true;
            }
        });
        bodyBox.addListener(SWT.KeyDown, event -> {
            if (event.character == SWT.CR && (event.stateMask & SWT.MOD1) != 0) {
                event.doit = false;
                okPressed();
            }
        });
        return area;
    }

    @Override
    protected void okPressed() {
        body = bodyBox.getText().strip();
        super.okPressed();
    }

    /** The note as written, once OK was pressed. */
    public String body() {
        return body;
    }

    // For tests: the controls a person uses.

    public Text bodyBox() {
        return bodyBox;
    }

    public Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}

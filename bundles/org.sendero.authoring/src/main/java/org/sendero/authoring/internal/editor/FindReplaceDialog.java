package org.sendero.authoring.internal.editor;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A small window beside the editor to find text and replace it; it stays open while the trainer edits. */
public final class FindReplaceDialog extends Dialog {

    private static final int FIND = IDialogConstants.CLIENT_ID + 1;
    private static final int REPLACE = IDialogConstants.CLIENT_ID + 2;
    private static final int REPLACE_ALL = IDialogConstants.CLIENT_ID + 3;

    private final TextSearch search;
    private final String initial;
    private Text findText;
    private Text replaceText;
    private Button caseSensitive;
    private Button wholeWord;
    private Label status;

    public FindReplaceDialog(Shell parent, ITextViewer viewer) {
        super(parent);
        this.search = new TextSearch(viewer);
        this.initial = viewer.getSelectedRange().y > 0 && !viewer.getTextWidget().getSelectionText().contains("\n")
                ? viewer.getTextWidget().getSelectionText() : "";
        setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Find_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.Find_find);
        findText = new Text(area, SWT.BORDER | SWT.SINGLE);
        findText.setText(initial);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(36), SWT.DEFAULT)
                .applyTo(findText);
        new Label(area, SWT.NONE).setText(Messages.Find_replaceWith);
        replaceText = new Text(area, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(replaceText);
        caseSensitive = new Button(area, SWT.CHECK);
        caseSensitive.setText(Messages.Find_caseSensitive);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(caseSensitive);
        wholeWord = new Button(area, SWT.CHECK);
        wholeWord.setText(Messages.Find_wholeWord);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(wholeWord);
        status = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, FIND, Messages.Find_next, true);
        createButton(parent, REPLACE, Messages.Find_replace, false);
        createButton(parent, REPLACE_ALL, Messages.Find_replaceAll, false);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Find_close, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        switch (buttonId) {
            case FIND -> found(search.findNext(query()));
            case REPLACE -> found(search.replace(query(), replaceText.getText()));
            case REPLACE_ALL ->
                status.setText(NLS.bind(Messages.Find_replaced, search.replaceAll(query(), replaceText.getText())));
            default -> close();
        }
    }

    private void found(boolean found) {
        status.setText(found ? "" : NLS.bind(Messages.Find_notFound, findText.getText()));
    }

    private TextSearch.Query query() {
        return new TextSearch.Query(findText.getText(), caseSensitive.getSelection(), wholeWord.getSelection());
    }

    /** For tests: the fields and the buttons, as a person uses them. */
    public Text findField() {
        return findText;
    }

    public Text replaceField() {
        return replaceText;
    }

    public Button buttonFor(String label) {
        for (int id : new int[] { FIND, REPLACE, REPLACE_ALL, IDialogConstants.CLOSE_ID }) {
            Button button = getButton(id);
            if (button != null && button.getText().equals(label)) {
                return button;
            }
        }
        throw new IllegalArgumentException(label);
    }

    public String statusText() {
        return status.getText();
    }
}

package org.sendero.ui.internal.certificates;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.OfficeIdentity;
import org.sendero.certificates.OfficeSettings;
import org.sendero.certificates.Paper;

/**
 * Trainer > Certificates office…: whether this PC issues a certificate by itself when a learner
 * completes a course, and as which office. The office is checked when OK is pressed, so that a key
 * that cannot sign is found now and not at a learner's completion.
 */
public final class OfficeDialog extends Dialog {

    private static final List<String> LANGUAGES = List.of("es", "fr", "en");
    private static final List<Paper> PAPERS = List.of(Paper.LETTER, Paper.A4);

    private final OfficeIdentity identity;
    private Button automatic;
    private Text office;
    private Text key;
    private Combo language;
    private Combo paper;
    private Label problem;

    public OfficeDialog(Shell parent, OfficeIdentity identity) {
        super(parent);
        this.identity = identity;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Office_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(12, 12).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.Office_intro);
        GridDataFactory.fillDefaults().span(3, 1).hint(480, SWT.DEFAULT).grab(true, false).applyTo(intro);
        automatic = new Button(area, SWT.CHECK);
        automatic.setText(Messages.Office_automatic);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(automatic);

        office = labelled(area, Messages.Office_name, new Text(area, SWT.BORDER), 2);
        key = labelled(area, Messages.Office_key, new Text(area, SWT.BORDER), 1);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.Office_browse);
        browse.addListener(SWT.Selection, event -> chooseKey());
        language = labelled(area, Messages.Office_language, new Combo(area, SWT.READ_ONLY), 2);
        language.setItems(Messages.Office_spanish, Messages.Office_french, Messages.Office_english);
        paper = labelled(area, Messages.Office_paper, new Combo(area, SWT.READ_ONLY), 2);
        paper.setItems(Messages.Office_letter, Messages.Office_a4);
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(3, 1).hint(480, SWT.DEFAULT).grab(true, false).applyTo(problem);
        show(read());
        automatic.addListener(SWT.Selection, event -> enable());
        enable();
        return area;
    }

    private <T extends Control> T labelled(Composite area, String label, T control, int span) {
        Label name = new Label(area, SWT.NONE);
        name.setText(label);
        control.moveBelow(name);
        GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(280, SWT.DEFAULT).applyTo(control);
        return control;
    }

    private Optional<OfficeSettings> read() {
        try {
            return identity.settings();
        } catch (CertificateException e) {
            problem.setText(NLS.bind(Messages.Office_unreadable, e.getMessage()));
            return Optional.empty();
        }
    }

    private void show(Optional<OfficeSettings> settings) {
        automatic.setSelection(settings.isPresent());
        office.setText(settings.map(OfficeSettings::office).orElse(""));
        key.setText(settings.map(s -> s.key().toString()).orElse(""));
        language.select(Math.max(0, LANGUAGES.indexOf(settings.map(OfficeSettings::language).orElse("es"))));
        paper.select(Math.max(0, PAPERS.indexOf(settings.map(OfficeSettings::paper).orElse(Paper.LETTER))));
    }

    private void enable() {
        for (Control control : List.of(office, key, language, paper)) {
            control.setEnabled(automatic.getSelection());
        }
    }

    private void chooseKey() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.Office_key);
        String chosen = dialog.open();
        if (chosen != null) {
            key.setText(chosen);
        }
    }

    @Override
    protected void okPressed() {
        if (automatic.getSelection()) {
            Optional<String> missing = missingField();
            if (missing.isPresent()) {
                refuse(missing.get());
                return;
            }
        }
        try {
            if (automatic.getSelection()) {
                identity.save(new OfficeSettings(office.getText(), Path.of(key.getText().strip()),
                        LANGUAGES.get(language.getSelectionIndex()), PAPERS.get(paper.getSelectionIndex())));
            } else {
                identity.clear();
            }
            super.okPressed();
        } catch (CertificateException e) {
            // the service's reason is technical and in English: it follows the sentence in the user's language
            refuse(NLS.bind(Messages.Office_keyRefused, e.getMessage()));
        }
    }

    /** What the person left out or mistyped, said in their language before the service is asked. */
    private Optional<String> missingField() {
        if (office.getText().isBlank()) {
            return Optional.of(Messages.Office_noName);
        }
        String path = key.getText().strip();
        return isFile(path) ? Optional.empty() : Optional.of(NLS.bind(Messages.Office_noKey, path));
    }

    private static boolean isFile(String path) {
        try {
            return !path.isEmpty() && Files.isRegularFile(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private void refuse(String reason) {
        problem.setText(reason);
        // a reason of several lines makes the dialog taller rather than being cut off
        Shell shell = getShell();
        Point size = shell.getSize();
        int needed = shell.computeSize(size.x, SWT.DEFAULT).y;
        if (needed > size.y) {
            shell.setSize(size.x, needed);
        }
        shell.layout(true, true);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The line that says why OK did not close the dialog; empty when nothing is wrong. */
    public String problemText() {
        return problem.getText();
    }

    /** For tests: the label that shows the problem, to check it is shown whole. */
    public Label problem() {
        return problem;
    }

    public Button automatic() {
        return automatic;
    }

    public Text office() {
        return office;
    }

    public Text key() {
        return key;
    }

    public Combo language() {
        return language;
    }

    public Combo paper() {
        return paper;
    }
}

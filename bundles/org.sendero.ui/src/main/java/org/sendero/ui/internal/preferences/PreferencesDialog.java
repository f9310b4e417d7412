package org.sendero.ui.internal.preferences;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.sendero.ui.preferences.UiPreferences;

/**
 * Language of the interface, language of the documents (a learner who works in Spanish may read
 * the lessons in French), size of the reading text, and where the data is kept. A new language
 * needs a restart of the workbench, which keeps the learner's place.
 */
public final class PreferencesDialog extends Dialog {

    /** The language choices in the order shown: the system's, then each language in its own name. */
    private static final List<Optional<String>> CHOICES = List.of(Optional.empty(), Optional.of("en"),
            Optional.of("es"),
            Optional.of("fr"));

    private final UiPreferences preferences;
    private final String dataFolder;
    private Combo language;
    private Combo contentLanguage;
    private Optional<String> chosenContentLanguage;
    private Spinner fontSize;
    private Optional<String> chosenLanguage;
    private int chosenSize;
    /** Sections other parts of the product add below these settings (office feeds, trusted publishers). */
    private final List<java.util.function.Consumer<Composite>> sections = new java.util.ArrayList<>();

    public PreferencesDialog(Shell parent, UiPreferences preferences, String dataFolder) {
        super(parent);
        this.preferences = preferences;
        this.dataFolder = dataFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Preferences_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 10).applyTo(area);

        label(area, Messages.Preferences_language);
        language = new Combo(area, SWT.READ_ONLY);
        language.setItems(Messages.Preferences_languageSystem, "English", "Espa\u00f1ol", "Fran\u00e7ais");
        language.select(CHOICES.indexOf(preferences.language()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(language);

        label(area, Messages.Preferences_contentLanguage);
        contentLanguage = new Combo(area, SWT.READ_ONLY);
        contentLanguage.setItems(Messages.Preferences_contentLanguageSame, "English", "Espa\u00f1ol", "Fran\u00e7ais");
        contentLanguage.select(CHOICES.indexOf(preferences.chosenContentLanguage()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(contentLanguage);

        label(area, Messages.Preferences_fontSize);
        fontSize = new Spinner(area, SWT.BORDER);
        fontSize.setValues(preferences.readerFontSize(), UiPreferences.MIN_FONT_SIZE, UiPreferences.MAX_FONT_SIZE, 0, 1,
                2);

        label(area, Messages.Preferences_dataFolder);
        Text folder = new Text(area, SWT.READ_ONLY | SWT.BORDER);
        folder.setText(dataFolder);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
        Label howTo = new Label(area, SWT.WRAP);
        howTo.setText(Messages.Preferences_dataFolderHelp);
        GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(howTo);
        sections.forEach(section -> section.accept(area));
        return area;
    }

    /** Adds a section, made in the dialog's two-column area when it opens; it saves its own changes. */
    public void addSection(java.util.function.Consumer<Composite> section) {
        sections.add(section);
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
    }

    @Override
    protected void okPressed() {
        chosenLanguage = CHOICES.get(Math.max(0, language.getSelectionIndex()));
        chosenSize = fontSize.getSelection();
        chosenContentLanguage = CHOICES.get(Math.max(0, contentLanguage.getSelectionIndex()));
        super.okPressed();
    }

    /** What the user chose, after OK. */
    public Optional<String> chosenLanguage() {
        return chosenLanguage;
    }

    /** The language documents open in, or empty for the interface's, after OK. */
    public Optional<String> chosenContentLanguage() {
        return chosenContentLanguage;
    }

    public int chosenFontSize() {
        return chosenSize;
    }

    /** For tests: the controls. */
    public Combo languageCombo() {
        return language;
    }

    public Combo contentLanguageCombo() {
        return contentLanguage;
    }

    public Spinner fontSizeSpinner() {
        return fontSize;
    }

    public org.eclipse.swt.widgets.Button okButton() {
        return getButton(org.eclipse.jface.dialogs.IDialogConstants.OK_ID);
    }
}

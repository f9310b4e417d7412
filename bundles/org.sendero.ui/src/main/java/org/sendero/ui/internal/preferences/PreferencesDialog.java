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
    /** Tabs other parts of the product add after these settings (office feeds, the results server), by title. */
    private final java.util.Map<String, List<java.util.function.Consumer<Composite>>> tabs = new java.util.LinkedHashMap<>();

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
        Composite outer = (Composite) super.createDialogArea(parent);
        Composite area = outer;
        org.eclipse.swt.widgets.TabFolder folder = null;
        if (!tabs.isEmpty()) {
            // one tab each, so that the dialog fits a small screen however many settings there are
            folder = new org.eclipse.swt.widgets.TabFolder(outer, SWT.TOP);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
            area = tab(folder, Messages.Preferences_tabGeneral);
        }
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
        Text data = new Text(area, SWT.READ_ONLY | SWT.BORDER);
        data.setText(dataFolder);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(data);
        Label howTo = new Label(area, SWT.WRAP);
        howTo.setText(Messages.Preferences_dataFolderHelp);
        GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(howTo);
        Composite general = area;
        tabs.getOrDefault(Messages.Preferences_tabGeneral, List.of()).forEach(section -> section.accept(general));
        for (var added : tabs.entrySet()) {
            if (added.getKey().equals(Messages.Preferences_tabGeneral)) {
                continue;
            }
            Composite page = tab(folder, added.getKey());
            GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 10).applyTo(page);
            added.getValue().forEach(section -> section.accept(page));
        }
        return outer;
    }

    private static Composite tab(org.eclipse.swt.widgets.TabFolder folder, String title) {
        Composite page = new Composite(folder, SWT.NONE);
        org.eclipse.swt.widgets.TabItem item = new org.eclipse.swt.widgets.TabItem(folder, SWT.NONE);
        item.setText(title);
        item.setControl(page);
        return page;
    }

    /**
     * Adds a section to the tab of that title, made in its two-column area when the dialog opens; it
     * saves its own changes.
     */
    public void addSection(String tab, java.util.function.Consumer<Composite> section) {
        tabs.computeIfAbsent(tab, title -> new java.util.ArrayList<>()).add(section);
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

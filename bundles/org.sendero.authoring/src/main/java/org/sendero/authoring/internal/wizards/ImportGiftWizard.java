package org.sendero.authoring.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.sendero.content.ContentException;
import org.sendero.content.PackValidator;
import org.sendero.content.authoring.GiftImport;
import org.sendero.content.authoring.ImportReport;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.Written;

/**
 * A Moodle question bank (GIFT, or Aiken for .txt) into a module's quiz: as a new quiz, or added
 * to the quiz the module has, or instead of it. What was taken and refused is in {@link #report()}.
 */
public final class ImportGiftWizard extends PackWizard {

    private final PackValidator validator;
    private Text file;
    private PlaceFields place;
    private Combo language;
    private Combo mode;
    private ImportReport report;

    public ImportGiftWizard(PackScaffold scaffold, PackValidator validator) {
        super(Messages.Gift_title, scaffold);
        this.validator = validator;
    }

    @Override
    public void addPages() {
        addPage(new FormPage("gift", Messages.Gift_title, Messages.Gift_description, form -> {
            file = form.textWithButton(Messages.Gift_file, "file", Messages.Form_browse, this::browse);
            place = new PlaceFields(form, scaffold, true);
            language = form.combo(Messages.Form_language, "language", scaffold.packLanguages());
            mode = form.combo(Messages.Gift_mode, "mode", List.of(Messages.Gift_modeAppend, Messages.Gift_modeReplace));
        }, this::problem));
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.gift;*.txt", "*" });
        Optional.ofNullable(dialog.open()).ifPresent(file::setText);
    }

    private Optional<Path> chosenFile() {
        try {
            return file.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(file.getText().strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private Optional<String> problem() {
        if (chosenFile().filter(Files::isRegularFile).isEmpty()) {
            return Optional.of(Messages.Gift_fileMissing);
        }
        return place.problem();
    }

    @Override
    protected Written write() throws ContentException {
        Path moduleDir = scaffold.root().resolve("courses").resolve(place.course()).resolve(place.module());
        GiftImport.Mode chosen = mode.getSelectionIndex() == 1 ? GiftImport.Mode.REPLACE : GiftImport.Mode.APPEND;
        report = new GiftImport(validator).into(moduleDir, chosenFile().orElseThrow(),
                new GiftImport.Options(language.getText(), Optional.empty(), Optional.empty(), chosen));
        return new Written(List.of(report.quizFile()), report.warnings());
    }

    /** What the import took and refused, after Finish. */
    public Optional<ImportReport> report() {
        return Optional.ofNullable(report);
    }
}

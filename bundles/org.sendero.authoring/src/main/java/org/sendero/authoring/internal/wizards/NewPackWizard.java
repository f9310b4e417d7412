package org.sendero.authoring.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Text;
import org.sendero.content.ContentException;
import org.sendero.content.PackValidator;
import org.sendero.content.authoring.NewPack;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.Written;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.PackVersion;

/** A new pack folder with its pack.yaml, inside a folder the trainer chooses. */
public final class NewPackWizard extends ScaffoldWizard {

    /** The languages Sendero is translated into, offered as the pack's. */
    static final List<String> LANGUAGES = List.of("en", "es", "fr");

    private final PackValidator validator;
    private final Path initialParent;
    private Text parent;
    private TitleFields titles;
    private IdField id;
    private Text version;
    private final Map<String, Button> languages = new LinkedHashMap<>();
    private Text authors;
    private Text license;
    private Path created;

    public NewPackWizard(PackValidator validator, Path initialParent) {
        super(Messages.NewPack_title);
        this.validator = validator;
        this.initialParent = initialParent;
    }

    @Override
    public void addPages() {
        addPage(new FormPage("pack", Messages.NewPack_title, Messages.NewPack_description, form -> {
            parent = form.textWithButton(Messages.NewPack_parent, "parent", Messages.Form_browse, () -> browse(form));
            parent.setText(initialParent.toString());
            titles = new TitleFields(form, LANGUAGES);
            id = new IdField(form, titles.english(), Set::of);
            version = form.text(Messages.NewPack_version, "version");
            version.setText("1.0.0");
            for (String lang : LANGUAGES) {
                languages.put(lang, form.check(NLS.bind(Messages.NewPack_language, TitleFields.languageName(lang)),
                        "language." + lang, lang.equals(LocalizedText.FALLBACK_LANGUAGE)));
            }
            authors = form.text(Messages.NewPack_authors, "authors");
            license = form.text(Messages.NewPack_license, "license");
            license.setText("CC-BY-4.0");
        }, this::problem));
    }

    private void browse(Form form) {
        DirectoryDialog dialog = new DirectoryDialog(form.area().getShell());
        dialog.setText(Messages.NewPack_parentDialog);
        dialog.setFilterPath(parent.getText());
        Optional.ofNullable(dialog.open()).ifPresent(parent::setText);
    }

    private Optional<String> problem() {
        Optional<Path> folder = parentFolder();
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return Optional.of(Messages.NewPack_parentMissing);
        }
        Optional<String> titleProblem = titles.problem().or(id::problem);
        if (titleProblem.isPresent()) {
            return titleProblem;
        }
        if (Files.exists(folder.get().resolve(id.value()))) {
            return Optional.of(NLS.bind(Messages.NewPack_folderExists, folder.get().resolve(id.value())));
        }
        if (!PackVersion.isValid(version.getText().strip())) {
            return Optional.of(Messages.NewPack_versionInvalid);
        }
        List<String> chosen = chosenLanguages();
        if (!chosen.contains(LocalizedText.FALLBACK_LANGUAGE)) {
            return Optional.of(Messages.NewPack_englishRequired);
        }
        return titles.languagesTyped().stream().filter(lang -> !chosen.contains(lang)).findFirst()
                .map(lang -> NLS.bind(Messages.NewPack_titleLanguageNotChosen, TitleFields.languageName(lang)));
    }

    private Optional<Path> parentFolder() {
        try {
            return parent.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(parent.getText().strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private List<String> chosenLanguages() {
        List<String> chosen = new ArrayList<>();
        languages.forEach((lang, box) -> {
            if (box.getSelection()) {
                chosen.add(lang);
            }
        });
        return chosen;
    }

    @Override
    protected Written write() throws ContentException {
        Path folder = parentFolder().orElseThrow().resolve(id.value());
        List<String> authorList = Arrays.stream(authors.getText().split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        PackScaffold scaffold = PackScaffold.createPack(folder, new NewPack(id.value(), version.getText().strip(),
                titles.value(), null, chosenLanguages(), authorList, license.getText()), validator);
        created = scaffold.root();
        return new Written(List.of(folder.resolve("pack.yaml")), List.of());
    }

    /** The new pack's folder, after Finish. */
    public Optional<Path> created() {
        return Optional.ofNullable(created);
    }
}

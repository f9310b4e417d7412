package org.sendero.authoring.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.sendero.content.ContentException;
import org.sendero.content.PackValidator;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.QuizItems;
import org.sendero.content.authoring.Written;

/** One more item at the end of a module's quiz, written with the item editor. */
public final class NewItemWizard extends PackWizard {

    private final PackValidator validator;
    private PlaceFields place;
    private Combo language;
    private ItemPage item;

    public NewItemWizard(PackScaffold scaffold, PackValidator validator) {
        super(Messages.NewItem_title, scaffold);
        this.validator = validator;
    }

    @Override
    public void addPages() {
        addPage(new FormPage("where", Messages.NewItem_title, Messages.NewItem_description, form -> {
            place = new PlaceFields(form, scaffold, true);
            language = form.combo(Messages.Form_language, "language", scaffold.packLanguages());
        }, this::problem));
        item = new ItemPage(() -> language.getText(), this::nextId);
        addPage(item);
    }

    private String quizPath() {
        return scaffold.quizPath(place.course(), place.module(), language.getText());
    }

    private Optional<String> problem() {
        return place.problem().or(() -> Files.isRegularFile(scaffold.root().resolve(quizPath())) ? Optional.empty()
                : Optional.of(NLS.bind(Messages.NewItem_noQuiz, TitleFields.languageName(language.getText()))));
    }

    private String nextId() {
        try {
            List<String> used = QuizItems.itemIds(Files.readString(scaffold.root().resolve(quizPath())));
            return QuizItems.nextItemId(used);
        } catch (IOException | RuntimeException e) {
            return "q1";
        }
    }

    @Override
    public boolean canFinish() {
        return getPages()[0].isPageComplete() && item.isPageComplete();
    }

    @Override
    protected Written write() throws ContentException {
        return new QuizItems(scaffold.root(), validator).add(quizPath(), item.item().orElseThrow());
    }
}

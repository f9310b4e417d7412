package org.sendero.authoring.internal.wizards;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.Ids;
import org.sendero.content.authoring.NewQuiz;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.Written;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.LocalizedText;

/**
 * A module's quiz in one language with its first item; more items come with "Add quiz item". A
 * language the quiz already has elsewhere keeps its id.
 */
public final class NewQuizWizard extends PackWizard {

    private PlaceFields place;
    private Combo language;
    private Text title;
    private Text id;
    private Combo feedback;
    private ItemPage item;

    public NewQuizWizard(PackScaffold scaffold) {
        super(Messages.NewQuiz_title, scaffold);
    }

    @Override
    public void addPages() {
        addPage(new FormPage("quiz", Messages.NewQuiz_title, Messages.NewQuiz_description, form -> {
            place = new PlaceFields(form, scaffold, true);
            language = form.combo(Messages.Form_language, "language", scaffold.packLanguages());
            title = form.text(Messages.NewQuiz_quizTitle, "title");
            title.setText(Messages.NewQuiz_defaultTitle);
            id = form.text(Messages.Form_id, "id");
            feedback = form.combo(Messages.NewQuiz_feedback, "feedback", List.of(Messages.NewQuiz_feedbackImmediate,
                    Messages.NewQuiz_feedbackEnd));
            suggestId();
            place.onChange(this::suggestId);
        }, this::problem));
        item = new ItemPage(() -> language.getText(), () -> "q1");
        addPage(item);
    }

    /** The module's quiz id when it has one in another language, else MODULE-quiz. */
    private void suggestId() {
        if (id == null || place == null) {
            return;
        }
        Optional<String> existing = scaffold.quizId(place.course(), place.module());
        id.setText(existing.orElse(place.module().isEmpty() ? "" : place.module() + "-quiz"));
        id.setEditable(existing.isEmpty());
    }

    private Optional<String> problem() {
        Optional<String> placeProblem = place.problem();
        if (placeProblem.isPresent()) {
            return placeProblem;
        }
        if (title.getText().isBlank()) {
            return Optional.of(Messages.Form_titleMissing);
        }
        String quizId = id.getText().strip();
        if (Ids.problem(quizId).isPresent()) {
            return Optional.of(NLS.bind(Messages.Form_idInvalid, quizId, Ids.fromTitle(quizId)));
        }
        if (java.nio.file.Files.exists(scaffold.root().resolve(scaffold.quizPath(place.course(), place.module(),
                language.getText())))) {
            return Optional.of(NLS.bind(Messages.NewQuiz_exists, TitleFields.languageName(language.getText())));
        }
        if (scaffold.quizId(place.course(), place.module()).isEmpty()
                && inUse(PackScaffold.Kind.QUIZ).get().contains(quizId)) {
            return Optional.of(NLS.bind(Messages.Form_idInUse, quizId));
        }
        return Optional.empty();
    }

    @Override
    public boolean canFinish() {
        return getPages()[0].isPageComplete() && item.isPageComplete();
    }

    @Override
    protected Written write() throws ContentException {
        String lang = language.getText();
        FeedbackTiming timing = feedback.getSelectionIndex() == 1 ? FeedbackTiming.END : FeedbackTiming.IMMEDIATE;
        return scaffold.createQuiz(new NewQuiz(place.course(), place.module(), id.getText().strip(), lang,
                LocalizedText.of(lang, title.getText().strip()), timing, List.of(item.item().orElseThrow())));
    }
}

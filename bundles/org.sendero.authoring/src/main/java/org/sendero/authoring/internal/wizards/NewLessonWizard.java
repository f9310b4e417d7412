package org.sendero.authoring.internal.wizards;

import org.eclipse.swt.widgets.Spinner;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.NewLesson;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.Written;

/** A new lesson at the end of a module: one file per language given a title. */
public final class NewLessonWizard extends PackWizard {

    private PlaceFields place;
    private TitleFields titles;
    private IdField id;
    private Spinner minutes;

    public NewLessonWizard(PackScaffold scaffold) {
        super(Messages.NewLesson_title, scaffold);
    }

    @Override
    public void addPages() {
        addPage(new FormPage("lesson", Messages.NewLesson_title, Messages.NewLesson_description, form -> {
            place = new PlaceFields(form, scaffold, true);
            titles = new TitleFields(form, scaffold.packLanguages());
            id = new IdField(form, titles.english(), inUse(PackScaffold.Kind.LESSON));
            minutes = form.spinner(Messages.NewLesson_minutes, "minutes", 0, 600, 10);
        }, () -> place.problem().or(titles::problem).or(id::problem)));
    }

    @Override
    protected Written write() throws ContentException {
        return scaffold.createLesson(new NewLesson(place.course(), place.module(), id.value(), titles.value(),
                minutes.getSelection()));
    }
}

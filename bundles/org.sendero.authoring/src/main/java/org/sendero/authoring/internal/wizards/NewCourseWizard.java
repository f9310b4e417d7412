package org.sendero.authoring.internal.wizards;

import java.util.OptionalInt;

import org.eclipse.swt.widgets.Spinner;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.NewCourse;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.Written;

/** A new course of the open pack; its modules come one by one afterwards. */
public final class NewCourseWizard extends PackWizard {

    private TitleFields titles;
    private IdField id;
    private Spinner passMark;

    public NewCourseWizard(PackScaffold scaffold) {
        super(Messages.NewCourse_title, scaffold);
    }

    @Override
    public void addPages() {
        addPage(new FormPage("course", Messages.NewCourse_title, Messages.NewCourse_description, form -> {
            titles = new TitleFields(form, scaffold.packLanguages());
            id = new IdField(form, titles.english(), inUse(PackScaffold.Kind.COURSE));
            passMark = form.spinner(Messages.NewCourse_passMark, "passMark", 0, 100, 70);
        }, () -> titles.problem().or(id::problem)));
    }

    @Override
    protected Written write() throws ContentException {
        return scaffold.createCourse(
                new NewCourse(id.value(), titles.value(), null, null, OptionalInt.of(passMark.getSelection())));
    }
}

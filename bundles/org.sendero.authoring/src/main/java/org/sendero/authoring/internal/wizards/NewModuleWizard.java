package org.sendero.authoring.internal.wizards;

import org.sendero.content.ContentException;
import org.sendero.content.authoring.NewModule;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.Written;

/** A new module at the end of a course. */
public final class NewModuleWizard extends PackWizard {

    private PlaceFields place;
    private TitleFields titles;
    private IdField id;

    public NewModuleWizard(PackScaffold scaffold) {
        super(Messages.NewModule_title, scaffold);
    }

    @Override
    public void addPages() {
        addPage(new FormPage("module", Messages.NewModule_title, Messages.NewModule_description, form -> {
            place = new PlaceFields(form, scaffold, false);
            titles = new TitleFields(form, scaffold.packLanguages());
            id = new IdField(form, titles.english(), inUse(PackScaffold.Kind.MODULE));
        }, () -> place.problem().or(titles::problem).or(id::problem)));
    }

    @Override
    protected Written write() throws ContentException {
        return scaffold.createModule(new NewModule(place.course(), id.value(), titles.value(), null, null));
    }
}

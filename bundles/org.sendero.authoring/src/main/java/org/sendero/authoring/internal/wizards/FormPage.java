package org.sendero.authoring.internal.wizards;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;

/**
 * A wizard page of labelled fields whose check runs as the trainer types: the first thing missing
 * or wrong is the page's message, and Finish waits until there is none.
 */
final class FormPage extends WizardPage {

    private final Consumer<Form> fields;
    private final Supplier<Optional<String>> check;
    private boolean touched;

    FormPage(String name, String title, String description, Consumer<Form> fields, Supplier<Optional<String>> check) {
        super(name, title, null);
        setDescription(description);
        this.fields = fields;
        this.check = check;
    }

    @Override
    public void createControl(Composite parent) {
        Form form = new Form(parent, this::changed);
        fields.accept(form);
        setControl(form.area());
        // the first look shows what to do, not what is wrong
        setPageComplete(check.get().isEmpty());
    }

    private void changed() {
        touched = true;
        update();
    }

    /** Runs the check again, e.g. after a field that is not a form row changed. */
    void update() {
        if (getControl() == null) {
            return;
        }
        Optional<String> problem = check.get();
        setErrorMessage(touched ? problem.orElse(null) : null);
        setPageComplete(problem.isEmpty());
    }
}

package org.sendero.authoring.internal.wizards;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.sendero.core.content.Question;

/** The wizard page of a quiz item: its YAML, what is wrong with it, and how learners will see it. */
final class ItemPage extends WizardPage {

    private final Supplier<String> language;
    private final Supplier<String> suggestedId;
    private ItemEditor editor;

    ItemPage(Supplier<String> language, Supplier<String> suggestedId) {
        super("item", Messages.Item_title, null);
        setDescription(Messages.Item_description);
        this.language = language;
        this.suggestedId = suggestedId;
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new org.eclipse.swt.layout.FillLayout());
        editor = new ItemEditor(area, language.get(), Set.of(), suggestedId.get(), this::update);
        setControl(area);
        update();
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && editor != null) {
            editor.suggestId(suggestedId.get());
        }
        super.setVisible(visible);
    }

    private void update() {
        if (editor == null) {
            return;
        }
        setErrorMessage(editor.problem().orElse(null));
        setPageComplete(editor.item().isPresent());
    }

    Optional<Question> item() {
        return editor == null ? Optional.empty() : editor.item();
    }
}

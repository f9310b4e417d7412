package org.sendero.authoring.internal.wizards;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sendero.content.Problem;
import org.sendero.content.authoring.ItemCheck;
import org.sendero.content.authoring.QuizItems;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.QuizLayout;
import org.sendero.ui.quiz.AnswerControl;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * A quiz item written as the YAML of a quiz file, started from a template of the chosen type,
 * checked as it is typed with the quiz file's own rules, and shown beside it with the controls a
 * learner answers it with.
 */
final class ItemEditor {

    /** How long typing may pause before the preview is rebuilt: fast enough to feel live, slow enough not to flicker. */
    private static final int PREVIEW_DELAY_MS = 250;

    private final String lang;
    private final Set<String> scenarioIds;
    private final Runnable changed;
    private final Combo type;
    private final Text yaml;
    private final Label problems;
    private final Composite preview;
    private final Runnable refresh = this::refresh;
    private ItemCheck check;
    /** Typed since the last check: the preview waits for a pause, a question about the item does not. */
    private boolean pending;

    ItemEditor(Composite parent, String lang, Set<String> scenarioIds, String suggestedId, Runnable changed) {
        this.lang = lang;
        this.scenarioIds = scenarioIds;
        this.changed = changed;
        Form form = new Form(parent, () -> {
        });
        type = form.combo(Messages.Item_type, "itemType",
                ItemTemplates.TYPES.stream().map(ItemTemplates::label).toList());
        Label label = new Label(form.area(), SWT.NONE);
        label.setText(Messages.Item_yaml);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        yaml = new Text(form.area(), SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        yaml.setFont(JFaceResources.getTextFont());
        yaml.setData(Form.FIELD, "itemYaml");
        // YAML forbids tabs for indentation: Tab indents with spaces (Ctrl+Tab leaves the field)
        yaml.addListener(SWT.Verify, event -> event.text = event.text.replace("\t", "  "));
        AccessibleNames.name(yaml, Messages.Item_yaml);
        GridDataFactory.fillDefaults().grab(true, true).hint(360, yaml.getLineHeight() * 12).applyTo(yaml);
        problems = new Label(form.area(), SWT.WRAP);
        problems.setData(Form.FIELD, "itemProblems");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(problems);
        Group group = new Group(form.area(), SWT.NONE);
        group.setText(Messages.Item_preview);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(group);
        preview = new Composite(group, SWT.NONE);
        preview.setData(Form.FIELD, "itemPreview");
        GridLayoutFactory.fillDefaults().applyTo(preview);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(preview);
        yaml.setText(ItemTemplates.yaml(ItemTemplates.TYPES.get(0), suggestedId));
        type.addListener(SWT.Selection, event -> yaml.setText(ItemTemplates.yaml(
                ItemTemplates.TYPES.get(Math.max(0, type.getSelectionIndex())), currentId().orElse(suggestedId))));
        yaml.addModifyListener(event -> {
            pending = true;
            yaml.getDisplay().timerExec(PREVIEW_DELAY_MS, refresh);
        });
        refresh();
    }

    /** Starts again from the template with {@code id}, unless the trainer has written something of their own. */
    void suggestId(String id) {
        String template = ItemTemplates.yaml(ItemTemplates.TYPES.get(Math.max(0, type.getSelectionIndex())),
                currentId().orElse(id));
        if (yaml.getText().equals(template) && !currentId().orElse(id).equals(id)) {
            yaml.setText(ItemTemplates.yaml(ItemTemplates.TYPES.get(Math.max(0, type.getSelectionIndex())), id));
        }
    }

    Control control() {
        return type.getParent();
    }

    /** The item as typed, when it can be answered. */
    Optional<Question> item() {
        checkNow();
        return check.item();
    }

    /** The first thing wrong with the item, with its line in the editor. */
    Optional<String> problem() {
        checkNow();
        return check.problems().stream().filter(Problem::isError).findFirst()
                .map(p -> NLS.bind(Messages.Item_problemAt, p.line(), p.message()));
    }

    private Optional<String> currentId() {
        return check == null ? Optional.empty() : check.item().map(Question::id);
    }

    private void checkNow() {
        if (pending) {
            refresh();
        }
    }

    private void refresh() {
        if (yaml.isDisposed()) {
            return;
        }
        pending = false;
        check = QuizItems.read(yaml.getText(), "item", lang, scenarioIds);
        problems.setText(problem().orElse(check.item().isPresent() ? Messages.Item_ok : ""));
        problems.setData(Form.FIELD + ".type", check.item().map(Question::typeKey).orElse(""));
        for (Control child : preview.getChildren()) {
            child.dispose();
        }
        check.item().ifPresent(this::show);
        preview.getParent().layout(true, true);
        problems.getParent().layout(true, true);
        changed.run();
    }

    private void show(Question item) {
        Quiz alone = new Quiz("preview", lang, LocalizedText.of(lang, "preview"), 70, FeedbackTiming.IMMEDIATE, 0,
                false,
                List.of(), List.of(item), "preview");
        PresentedItem presented = QuizLayout.of(alone, 0).get(0);
        Label prompt = new Label(preview, SWT.WRAP);
        prompt.setText(AnswerControl.literal(item.prompt()));
        prompt.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(prompt);
        Composite answers = new Composite(preview, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(answers);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(answers);
        AnswerControl.create(answers, presented, () -> {
        });
    }
}

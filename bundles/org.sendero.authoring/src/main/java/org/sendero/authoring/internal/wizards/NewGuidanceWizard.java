package org.sendero.authoring.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.NewGuidance;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.Written;
import org.sendero.core.content.DocType;
import org.sendero.ui.accessibility.AccessibleNames;

/** A new guidance document with the facets search filters by: topics, kind, sub-region and year. */
public final class NewGuidanceWizard extends PackWizard {

    private TitleFields titles;
    private IdField id;
    private Combo doctype;
    private Combo subregion;
    private Text year;
    private Table topics;

    public NewGuidanceWizard(PackScaffold scaffold) {
        super(Messages.NewGuidance_title, scaffold);
    }

    @Override
    public void addPages() {
        FormPage[] page = new FormPage[1];
        page[0] = new FormPage("guidance", Messages.NewGuidance_title, Messages.NewGuidance_description, form -> {
            titles = new TitleFields(form, scaffold.packLanguages());
            id = new IdField(form, titles.english(), inUse(PackScaffold.Kind.GUIDANCE));
            List<String> types = new ArrayList<>(List.of(Messages.Form_none));
            for (DocType type : DocType.values()) {
                types.add(type.key());
            }
            doctype = form.combo(Messages.NewGuidance_doctype, "doctype", types);
            List<String> regions = new ArrayList<>(List.of(Messages.Form_none));
            regions.addAll(NewGuidance.SUBREGIONS);
            subregion = form.combo(Messages.NewGuidance_subregion, "subregion", regions);
            year = form.text(Messages.NewGuidance_year, "year");
            Label label = new Label(form.area(), SWT.NONE);
            label.setText(Messages.NewGuidance_topics);
            GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
            topics = new Table(form.area(), SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            topics.setData(Form.FIELD, "topics");
            AccessibleNames.name(topics, Messages.NewGuidance_topics);
            GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, topics.getItemHeight() * 6)
                    .applyTo(topics);
            for (String topic : NewGuidance.TOPICS) {
                new TableItem(topics, SWT.NONE).setText(topic);
            }
            topics.addListener(SWT.Selection, event -> page[0].update());
        }, () -> titles.problem().or(id::problem).or(this::yearProblem));
        addPage(page[0]);
    }

    private Optional<String> yearProblem() {
        return year.getText().isBlank() || parsedYear().isPresent() ? Optional.empty()
                : Optional.of(Messages.NewGuidance_yearInvalid);
    }

    private OptionalInt parsedYear() {
        try {
            int value = Integer.parseInt(year.getText().strip());
            return value >= 1900 && value <= 2100 ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    @Override
    protected Written write() throws ContentException {
        List<String> chosen = new ArrayList<>();
        for (TableItem item : topics.getItems()) {
            if (item.getChecked()) {
                chosen.add(item.getText());
            }
        }
        Optional<DocType> type = doctype.getSelectionIndex() <= 0 ? Optional.empty()
                : DocType.fromKey(doctype.getText());
        Optional<String> region = subregion.getSelectionIndex() <= 0 ? Optional.empty()
                : Optional.of(subregion.getText());
        return scaffold
                .createGuidance(new NewGuidance(id.value(), titles.value(), chosen, type, region, parsedYear(), null));
    }
}

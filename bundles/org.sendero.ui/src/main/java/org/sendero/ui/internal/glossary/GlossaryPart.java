package org.sendero.ui.internal.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.Pack;
import org.sendero.ui.accessibility.AccessibleNames;
import org.sendero.ui.internal.search.SearchRequest;
import org.sendero.ui.library.LibraryModel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The library's trilingual glossary (Go > Glossary): every term in English, Spanish and French,
 * a filter that ignores accents and capitals, the false friends flagged, the selected term's forms
 * and notes, and a search of the library for it. Typing in the filter and pressing Down moves into
 * the terms; Enter on a term searches the library for it.
 */
public final class GlossaryPart {

    private final LibraryModel library;
    private final IEventBroker events;
    private final EPartService parts;
    private final String language = Locale.getDefault().getLanguage();
    private final Consumer<List<Pack>> onLibrary = packs -> showLater();

    private Text filter;
    private Label status;
    private GlossaryTable table;
    private GlossaryDetails details;
    private int total;

    @Inject
    public GlossaryPart(LibraryModel library, IEventBroker events,
            @org.eclipse.e4.core.di.annotations.Optional EPartService parts) {
        this.library = library;
        this.events = events;
        this.parts = parts;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Label label = new Label(row, SWT.NONE);
        label.setText(Messages.GlossaryPart_filter);
        filter = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.GlossaryPart_filterHint);
        AccessibleNames.name(filter, Messages.GlossaryPart_filter);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(filter);

        status = new Label(parent, SWT.WRAP);
        status.setText(Messages.GlossaryPart_loading);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite terms = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(terms);
        Label termsLabel = new Label(terms, SWT.NONE);
        termsLabel.setText(Messages.GlossaryPart_terms);
        table = new GlossaryTable(terms, language);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        details = new GlossaryDetails(sash, language, this::searchFor);
        sash.setWeights(55, 45);

        filter.addListener(SWT.Modify, event -> applyFilter());
        filter.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && table().getItemCount() > 0) {
                event.doit = false;
                if (table().getSelectionIndex() < 0) {
                    table().setSelection(0);
                    showSelected();
                }
                table().setFocus();
            }
        });
        table.viewer().addSelectionChangedListener(event -> showSelected());
        table.viewer().addOpenListener(event -> table.selected().ifPresent(this::searchFor));

        library.onChange(onLibrary);
        if (library.packs().isEmpty()) {
            library.loaded().whenComplete((packs, problem) -> showLater());
        } else {
            show(library.packs());
        }
    }

    @PreDestroy
    public void dispose() {
        library.removeListener(onLibrary);
    }

    @Focus
    public void setFocus() {
        filter.setFocus();
    }

    /** The library was read (on another thread): the table follows on the UI thread. */
    private void showLater() {
        if (!filter.isDisposed()) {
            filter.getDisplay().asyncExec(() -> {
                if (!filter.isDisposed()) {
                    show(library.packs());
                }
            });
        }
    }

    private void show(List<Pack> packs) {
        List<GlossaryTerm> terms = Glossaries.of(packs);
        total = terms.size();
        table.show(terms);
        applyFilter();
    }

    private void applyFilter() {
        TermFilter typed = TermFilter.of(filter.getText());
        table.filter(typed);
        int count = table().getItemCount();
        status.setText(count == 0 && !typed.isEmpty() ? NLS.bind(Messages.GlossaryPart_none, filter.getText().strip())
                : NLS.bind(Messages.GlossaryPart_count, count, total));
        status.getParent().layout(true, true);
        showSelected();
    }

    private void showSelected() {
        details.show(table.selected());
    }

    /** Shows the search part and has it search the library for every form of the term. */
    private void searchFor(GlossaryTerm term) {
        if (parts != null) {
            parts.showPart(SearchRequest.SEARCH_PART, PartState.ACTIVATE);
        }
        events.send(SearchRequest.TOPIC, new SearchRequest(TermQuery.of(term, language)));
    }

    // For tests and accessibility checks: the controls a person uses.

    public Text filterBox() {
        return filter;
    }

    public Table table() {
        return table.viewer().getTable();
    }

    public List<GlossaryTerm> shownTerms() {
        return table.shown();
    }

    public Optional<GlossaryTerm> selectedTerm() {
        return table.selected();
    }

    public Label falseFriendFlag() {
        return details.falseFriendFlag();
    }

    public String detailsText() {
        return details.text().getText();
    }

    public Button searchButton() {
        return details.searchButton();
    }

    public String statusText() {
        return status.getText();
    }
}

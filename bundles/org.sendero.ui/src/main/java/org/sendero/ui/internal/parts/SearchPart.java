package org.sendero.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.EventHandler;
import org.sendero.core.content.ContentLink;
import org.sendero.search.LibrarySearch;
import org.sendero.search.QueryTooLongException;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.internal.library.LibraryWords;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.internal.notes.NotesSearch;
import org.sendero.ui.accessibility.AccessibleNames;
import org.sendero.ui.internal.search.CompletionProposals;
import org.sendero.ui.internal.search.FacetTree;
import org.sendero.ui.internal.search.MarkedText;
import org.sendero.ui.internal.search.Messages;
import org.sendero.ui.internal.search.ReaderRequests;
import org.sendero.ui.internal.search.ResultTable;
import org.sendero.ui.internal.search.SearchPageRequests;
import org.sendero.ui.internal.search.SearchRunner;
import org.sendero.ui.internal.search.Suggestions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Search of the whole library: a query box with type-ahead, the results with their passages, the
 * facets to narrow them, and the corrections of misspelled words. Enter searches here and shows the
 * same search on the results page in the centre ("See all results" does too), the arrows move
 * through the results, Enter on a result opens it in the reader at its section with the words
 * marked. The search runs in the background; the box stays responsive while it does.
 */
public final class SearchPart {

    /** How many documents a search lists; each brings up to three sections. */
    private static final int DOCUMENTS = 20;

    private final LibrarySearch search;
    private final LibraryModel library;
    private final Navigator navigator;
    private final EPartService parts;
    private final IEventBroker events;
    private final EventHandler onRequest = event -> requested(event.getProperty(IEventBroker.DATA));
    private final SearchPageRequests pageRequests;
    private final Locale locale = Locale.getDefault();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sendero-search-part");
        thread.setDaemon(true);
        return thread;
    });
    private final SearchRunner runner;
    private final NotesSearch notes;
    private Button inNotes;

    private Text query;
    private Link suggestionLine;
    private Label status;
    private ResultTable results;
    private StyledText passages;
    private FacetTree facets;
    private ContentProposalAdapter typeAhead;
    private Suggestions suggestions = new Suggestions("", List.of());
    private String searched = "";
    private String shownQuery = "";
    private long finished;

    @Inject
    public SearchPart(LibrarySearch search, LibraryModel library, Navigator navigator, UISynchronize ui,
            @Optional EPartService parts, IEventBroker events, SearchPageRequests pageRequests, NotesSearch notes) {
        this.events = events;
        this.search = search;
        this.pageRequests = pageRequests;
        this.library = library;
        this.navigator = navigator;
        this.parts = parts;
        this.runner = new SearchRunner(search, ui, background);
        this.notes = notes;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        createQueryRow(parent);
        inNotes = new Button(parent, SWT.CHECK);
        inNotes.setText(org.sendero.ui.internal.notes.Messages.NotesSearch_inMyNotes);
        inNotes.addListener(SWT.Selection, event -> run(query.getText().strip()));

        suggestionLine = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).exclude(true).applyTo(suggestionLine);
        suggestionLine.setVisible(false);
        suggestionLine.addListener(SWT.Selection, event -> {
            int index = Integer.parseInt(event.text);
            query.setText(suggestions.queries().get(index));
            searchTyped();
        });

        status = new Label(parent, SWT.WRAP);
        status.setText(Messages.SearchPart_welcome);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        results = new ResultTable(labelled(sash, Messages.SearchPart_results), new LibraryWords(locale));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(results.table());
        passages = new StyledText(labelled(sash, Messages.SearchPart_passages),
                SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        passages.setMargins(4, 4, 4, 4);
        AccessibleNames.name(passages, Messages.SearchPart_passages);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(passages);
        facets = new FacetTree(labelled(sash, Messages.SearchPart_facets), locale, this::courseTitle);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(facets.tree());
        sash.setWeights(50, 22, 28);

        results.table().addListener(SWT.Selection, event -> showPassages());
        results.table().addListener(SWT.DefaultSelection, event -> results.selected().ifPresent(this::open));
        facets.onChange(filters -> run(searched));
        events.subscribe(org.sendero.ui.internal.search.SearchRequest.TOPIC, onRequest);

        Link seeAll = new Link(parent, SWT.WRAP);
        seeAll.setText("<a>" + Messages.SearchPart_seeAll + "</a>");
        GridDataFactory.fillDefaults().grab(true, false).hint(40, SWT.DEFAULT).applyTo(seeAll);
        seeAll.addListener(SWT.Selection, event -> showPage());
    }

    /** The same query and facets on the search results page in the centre, where there is room to read them. */
    private void showPage() {
        if (searched.isEmpty()) {
            return;
        }
        pageRequests.show(new SearchPageRequests.Request(searched, facets.filters()));
        if (parts != null) {
            parts.showPart(SearchPageRequests.PAGE_PART, PartState.VISIBLE);
        }
    }

    private void createQueryRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Label find = new Label(row, SWT.NONE);
        find.setText(Messages.SearchPart_find);
        query = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(Messages.SearchPart_queryHint);
        AccessibleNames.name(query, Messages.SearchPart_find);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(query);
        Button go = new Button(row, SWT.PUSH);
        go.setText(Messages.SearchPart_search);
        go.addListener(SWT.Selection, event -> searchTyped());

        typeAhead = new ContentProposalAdapter(query, new TextContentAdapter(),
                new CompletionProposals(search, locale.getLanguage()), KeyStroke.getInstance(SWT.CTRL, ' '),
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00e7"
                        .toCharArray());
        typeAhead.setAutoActivationDelay(350);
        typeAhead.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        // choosing a title or a term is choosing what to look for: search at once
        typeAhead.addContentProposalListener(proposal -> searchTyped());

        query.addListener(SWT.DefaultSelection, event -> {
            if (!typeAhead.isProposalPopupOpen()) {
                searchTyped();
                showPage();
            }
        });
        query.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && !typeAhead.isProposalPopupOpen()
                    && results.table().getItemCount() > 0) {
                event.doit = false;
                if (results.table().getSelectionIndex() < 0) {
                    results.table().setSelection(0);
                    showPassages();
                }
                results.table().setFocus();
            }
        });
    }

    /** A pane of the sash with a label (whose mnemonic reaches the control under it) above it. */
    private static Composite labelled(Composite sash, String text) {
        Composite pane = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).margins(0, 2).applyTo(pane);
        // it wraps in a narrow pane instead of being cut off
        Label label = new Label(pane, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(40, SWT.DEFAULT).applyTo(label);
        return pane;
    }

    @PreDestroy
    public void dispose() {
        events.unsubscribe(onRequest);
        background.shutdownNow();
    }

    @Focus
    public void setFocus() {
        query.setFocus();
    }

    /**
     * Another part (the glossary) asks for a search: it is put in the box and run, as if typed, and
     * its results are shown on the results page in the centre.
     */
    private void requested(Object asked) {
        if (asked instanceof org.sendero.ui.internal.search.SearchRequest request && !query.isDisposed()
                && !request.query().isEmpty()) {
            query.setText(request.query());
            searchTyped();
            showPage();
        }
    }

    /** A search of what is in the box; the facets chosen for another query no longer apply. */
    private void searchTyped() {
        String text = query.getText().strip();
        if (!text.equals(searched)) {
            facets.clear();
        }
        run(text);
    }

    private void run(String text) {
        searched = text;
        if (text.isEmpty()) {
            status.setText(Messages.SearchPart_welcome);
            results.show(List.of());
            facets.show(java.util.Map.of());
            showSuggestions(new Suggestions("", List.of()));
            passages.setText("");
            return;
        }
        if (inNotes.getSelection()) {
            showNotes(text);
            return;
        }
        status.setText(Messages.SearchPart_searching);
        SearchRequest request = new SearchRequest(text, locale.getLanguage(), facets.filters(), DOCUMENTS, true, true);
        runner.run(request, found -> show(text, found), this::showProblem);
    }

    private void show(String text, SearchResults found) {
        if (status.isDisposed()) {
            return;
        }
        shownQuery = found.showingResultsFor().orElse(text);
        results.show(found.hits());
        facets.show(found.facets());
        showSuggestions(Suggestions.of(text, found));
        status.setText(found.hits().isEmpty() ? NLS.bind(Messages.SearchPart_none, text)
                : NLS.bind(Messages.SearchPart_count, found.total(), found.tookMs()));
        if (results.table().getItemCount() > 0) {
            results.table().setSelection(0);
        }
        showPassages();
        status.getParent().layout(true, true);
        finished++;
    }

    /** The learner's own notes that have the words, instead of the library's documents. */
    private void showNotes(String text) {
        try {
            List<SearchHit> hits = notes.search(text);
            show(text, new SearchResults(text, hits, java.util.Map.of(), List.of(), java.util.Optional.empty(),
                    hits.size(), 0));
            status.setText(NLS.bind(org.sendero.ui.internal.notes.Messages.NotesSearch_count, hits.size()));
        } catch (org.sendero.progress.ProgressException e) {
            showProblem(e);
        }
    }

    private void showProblem(Throwable problem) {
        if (!status.isDisposed()) {
            // a query too long is the user's to shorten, not a failure of the search
            status.setText(problem instanceof QueryTooLongException tooLong && tooLong.words() > tooLong.maxWords()
                    ? NLS.bind(Messages.SearchPart_tooLong, tooLong.maxWords(), tooLong.words())
                    : NLS.bind(Messages.SearchPart_failed, problem.getMessage()));
            status.getParent().layout(true, true);
            finished++;
        }
    }

    private void showSuggestions(Suggestions shown) {
        suggestions = shown;
        suggestionLine.setText(shown.markup());
        suggestionLine.setVisible(!shown.isEmpty());
        ((org.eclipse.swt.layout.GridData) suggestionLine.getLayoutData()).exclude = shown.isEmpty();
        suggestionLine.getParent().layout(true, true);
    }

    /** Every passage of the selected result, one paragraph each, the matching words in bold. */
    private void showPassages() {
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        results.selected().ifPresent(selected -> {
            for (String snippet : selected.snippets()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                MarkedText passage = MarkedText.parse(snippet);
                int offset = text.length();
                text.append(passage.text());
                passage.marks().forEach(
                        mark -> styles.add(new StyleRange(offset + mark.start(), mark.length(), null, null, SWT.BOLD)));
            }
        });
        passages.setText(text.toString());
        passages.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    /** The title of an installed course in the user's language, for the topic facet. */
    private java.util.Optional<String> courseTitle(String courseId) {
        return library.packs().stream().flatMap(pack -> pack.courses().stream())
                .filter(course -> course.id().equals(courseId)).findFirst()
                .map(course -> course.title().in(locale.getLanguage()));
    }

    /** Opens a result in the reader at its section, with the words of the search marked. */
    private void open(SearchHit hit) {
        if (parts != null) {
            parts.showPart(LibraryPart.READER_PART, PartState.VISIBLE);
        }
        navigator.open(ReaderRequests.of(hit, shownQuery));
    }

    /** For tests and accessibility checks: the controls a person uses, and how many searches have been answered. */
    public Text queryBox() {
        return query;
    }

    public ResultTable results() {
        return results;
    }

    public FacetTree facets() {
        return facets;
    }

    public Link suggestionLine() {
        return suggestionLine;
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    public StyledText passages() {
        return passages;
    }

    public String statusText() {
        return status.getText();
    }

    public long searchesAnswered() {
        return finished;
    }

    public Button inNotesBox() {
        return inNotes;
    }

    public ContentProposalAdapter typeAhead() {
        return typeAhead;
    }
}

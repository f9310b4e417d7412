package org.sendero.ui.internal.searchpage;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.sendero.search.LibrarySearch;
import org.sendero.search.QueryTooLongException;
import org.sendero.search.SearchHit;
import org.sendero.ui.accessibility.AccessibleNames;
import org.sendero.ui.internal.library.LibraryWords;
import org.sendero.ui.internal.parts.LibraryPart;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.search.CompletionProposals;
import org.sendero.ui.internal.search.FacetTree;
import org.sendero.ui.internal.search.ReaderRequests;
import org.sendero.ui.internal.search.SearchPageRequests;
import org.sendero.ui.internal.search.SearchRunner;
import org.sendero.ui.internal.search.Suggestions;
import org.sendero.ui.library.LibraryModel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The search results page in the centre, laid out as a web search page: the query box, "N
 * documents (M sections), T ms", the corrections, the results grouped by document with the facets
 * in a column beside them, and the pager. The checked facets stay when paging, when a correction is
 * followed and when another query is searched; a person unchecks them. The quick search on the left
 * opens this page with its query and facets.
 */
public final class SearchPagePart {

    private final LibrarySearch search;
    private final LibraryModel library;
    private final Navigator navigator;
    private final EPartService parts;
    private final SearchPageRequests requests;
    private final Locale locale = Locale.getDefault();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sendero-search-page");
        thread.setDaemon(true);
        return thread;
    });
    private final SearchRunner runner;
    private final PageSearch pages;
    private final Consumer<SearchPageRequests.Request> handedOver = this::searchHandedOver;

    private Text query;
    private Link suggestionLine;
    private Label summary;
    private ExpansionLine expansion;
    /** Whether the words typed also find their other names; a new search turns it back on. */
    private boolean expand = true;
    private ResultsView results;
    private FacetTree facets;
    private Pager pager;
    private Suggestions suggestions = new Suggestions("", List.of());
    private String searched = "";
    private int page = 1;
    private ResultPage shown;
    private long finished;

    @Inject
    public SearchPagePart(LibrarySearch search, LibraryModel library, Navigator navigator, UISynchronize ui,
            @Optional EPartService parts, SearchPageRequests requests) {
        this.search = search;
        this.library = library;
        this.navigator = navigator;
        this.parts = parts;
        this.requests = requests;
        this.runner = new SearchRunner(search, ui, background);
        this.pages = new PageSearch(search);
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);
        createQueryRow(parent);

        suggestionLine = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).exclude(true).applyTo(suggestionLine);
        suggestionLine.setVisible(false);
        suggestionLine.addListener(SWT.Selection, event -> {
            query.setText(suggestions.queries().get(Integer.parseInt(event.text)));
            searchTyped();
        });

        summary = new Label(parent, SWT.WRAP);
        summary.setText(Messages.SearchPage_welcome);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(summary);
        expansion = new ExpansionLine(parent, () -> {
            expand = !expand;
            page = 1;
            run();
        });

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(sash);
        results = new ResultsView(labelled(sash, Messages.SearchPage_results),
                new RowWords(new LibraryWords(locale)));
        GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(results.text());
        facets = new FacetTree(labelled(sash, org.sendero.ui.internal.search.Messages.SearchPart_facets), locale,
                this::courseTitle);
        GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(facets.tree());
        sash.setWeights(70, 30);

        pager = new Pager(parent, wanted -> {
            page = wanted;
            run();
        });
        results.onOpen(this::open);
        results.onSimilar(this::showSimilar);
        facets.onChange(filters -> {
            page = 1;
            run();
        });
        requests.onShow(handedOver);
        requests.takePending().ifPresent(this::searchHandedOver);
    }

    private void createQueryRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Label find = new Label(row, SWT.NONE);
        find.setText(org.sendero.ui.internal.search.Messages.SearchPart_find);
        query = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(org.sendero.ui.internal.search.Messages.SearchPart_queryHint);
        AccessibleNames.name(query, org.sendero.ui.internal.search.Messages.SearchPart_find);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER)
                .applyTo(query);
        Button go = new Button(row, SWT.PUSH);
        go.setText(org.sendero.ui.internal.search.Messages.SearchPart_search);
        go.addListener(SWT.Selection, event -> searchTyped());

        ContentProposalAdapter typeAhead = new ContentProposalAdapter(query, new TextContentAdapter(),
                new CompletionProposals(search, locale.getLanguage()), KeyStroke.getInstance(SWT.CTRL, ' '),
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00e7"
                        .toCharArray());
        typeAhead.setAutoActivationDelay(350);
        typeAhead.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        typeAhead.addContentProposalListener(proposal -> searchTyped());
        query.addListener(SWT.DefaultSelection, event -> {
            if (!typeAhead.isProposalPopupOpen()) {
                searchTyped();
            }
        });
        query.addListener(SWT.KeyDown, event -> {
            // from the box down into the results, as on a web search page
            if (event.keyCode == SWT.ARROW_DOWN && !typeAhead.isProposalPopupOpen() && !results.rows().isEmpty()) {
                event.doit = false;
                results.selectFirst();
                results.text().setFocus();
            }
        });
    }

    /** A pane of the sash with a label (whose mnemonic reaches the control under it) above it. */
    private static Composite labelled(Composite sash, String text) {
        Composite pane = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(pane);
        Label label = new Label(pane, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(40, SWT.DEFAULT).applyTo(label);
        return pane;
    }

    @PreDestroy
    public void dispose() {
        requests.removeOnShow(handedOver);
        background.shutdownNow();
    }

    @Focus
    public void setFocus() {
        query.setFocus();
    }

    /** The quick search's query and facets, searched here from the first page. */
    private void searchHandedOver(SearchPageRequests.Request request) {
        if (query.isDisposed()) {
            return;
        }
        query.setText(request.query());
        facets.choose(request.filters());
        searchTyped();
    }

    private void searchTyped() {
        searched = query.getText().strip();
        page = 1;
        expand = true;
        run();
    }

    private void run() {
        if (searched.isEmpty()) {
            shown = null;
            summary.setText(Messages.SearchPage_welcome);
            results.show(List.of());
            facets.show(Map.of());
            showSuggestions(new Suggestions("", List.of()));
            pager.show(1, 1);
            expansion.hide();
            return;
        }
        summary.setText(org.sendero.ui.internal.search.Messages.SearchPart_searching);
        String text = searched;
        int wanted = page;
        boolean widen = expand;
        var filters = facets.filters();
        runner.submit(service -> pages.fetch(text, locale.getLanguage(), filters, wanted, widen), this::show,
                this::showProblem);
    }

    private void show(ResultPage found) {
        if (summary.isDisposed()) {
            return;
        }
        shown = found;
        page = found.page();
        results.show(found.rows());
        facets.show(found.results().facets());
        showSuggestions(Suggestions.of(found.typed(), found.results()));
        summary.setText(found.documents() == 0
                ? NLS.bind(facets.filters().isEmpty() ? Messages.SearchPage_none : Messages.SearchPage_noneFiltered,
                        found.typed())
                : new MessageFormat(Messages.SearchPage_summary, locale)
                        .format(new Object[] { found.documents(), found.sections(), found.tookMs() }));
        pager.show(found.page(), found.pages());
        expansion.show(found.results(), expand);
        summary.getParent().layout(true, true);
        finished++;
    }

    /** "More like this": the documents like {@code hit}'s, in place of the results, with a summary that says so. */
    private void showSimilar(SearchHit hit) {
        summary.setText(org.sendero.ui.internal.search.Messages.SearchPart_searching);
        String typed = searched;
        runner.submit(service -> {
            var related = service.related(hit.documentKey(), locale.getLanguage(), PageSearch.DOCUMENTS_PER_PAGE);
            List<DocumentRow> rows = related.documents().stream().map(DocumentRow::new).toList();
            return new ResultPage(typed, related, rows, rows.size(), 1, 1, related.tookMs());
        }, found -> {
            show(found);
            expansion.hide();
            summary.setText(NLS.bind(Messages.SearchPage_similarTo, hit.title(), found.documents()));
            summary.getParent().layout(true, true);
        }, this::showProblem);
    }

    private void showProblem(Throwable problem) {
        if (summary.isDisposed()) {
            return;
        }
        // a query too long is the user's to shorten, not a failure of the search
        summary.setText(problem instanceof QueryTooLongException tooLong && tooLong.words() > tooLong.maxWords()
                ? NLS.bind(org.sendero.ui.internal.search.Messages.SearchPart_tooLong, tooLong.maxWords(),
                        tooLong.words())
                : NLS.bind(org.sendero.ui.internal.search.Messages.SearchPart_failed, problem.getMessage()));
        summary.getParent().layout(true, true);
        finished++;
    }

    private void showSuggestions(Suggestions offered) {
        suggestions = offered;
        suggestionLine.setText(offered.markup());
        suggestionLine.setVisible(!offered.isEmpty());
        ((GridData) suggestionLine.getLayoutData()).exclude = offered.isEmpty();
        suggestionLine.getParent().layout(true, true);
    }

    /** The title of an installed course in the user's language, for the topic facet. */
    private java.util.Optional<String> courseTitle(String courseId) {
        return library.packs().stream().flatMap(pack -> pack.courses().stream())
                .filter(course -> course.id().equals(courseId)).findFirst()
                .map(course -> course.title().in(locale.getLanguage()));
    }

    /** Opens a passage or a section in the reader at its section, in its language, the words marked. */
    private void open(SearchHit hit) {
        if (parts != null) {
            parts.showPart(LibraryPart.READER_PART, PartState.VISIBLE);
        }
        navigator.open(ReaderRequests.of(hit, shown == null ? searched : shown.shownQuery()));
    }

    /** For tests and accessibility checks: the controls a person uses, and how many searches have been answered. */
    public Text queryBox() {
        return query;
    }

    public ResultsView results() {
        return results;
    }

    public FacetTree facets() {
        return facets;
    }

    public Link suggestionLine() {
        return suggestionLine;
    }

    /** For tests: "More like this" under the document of row {@code row}. */
    public void moreLikeThis(int row) {
        results.openSimilar(row);
    }

    /** The line saying how the results were found, with its switch. */
    public Link expansionLine() {
        return expansion.link();
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    public String summaryText() {
        return summary.getText();
    }

    /** The page shown, if a search has been answered. */
    public java.util.Optional<ResultPage> shownPage() {
        return java.util.Optional.ofNullable(shown);
    }

    public Button previousButton() {
        return pager.previousButton();
    }

    public Button nextButton() {
        return pager.nextButton();
    }

    public String pagerText() {
        return pager.text();
    }

    public long searchesAnswered() {
        return finished;
    }
}

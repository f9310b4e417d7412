package org.sendero.ui.internal.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.content.MarkdownRenderer;
import org.sendero.content.RenderedMarkdown;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Section;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.library.LibraryModel.Located;
import org.sendero.ui.internal.glossary.GlossaryMarker;
import org.sendero.ui.internal.notes.ReaderNotes;
import org.sendero.ui.internal.notes.ShownDocument;
import org.sendero.ui.internal.reader.Highlighter;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.reader.ReaderPage;
import org.sendero.ui.internal.reader.ReadingClock;
import org.sendero.ui.internal.progress.ProgressTracker;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.preferences.UiPreferences;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The reader: a lesson or a guidance document as safe HTML with the product's stylesheet, its
 * sections listed beside it, previous and next lesson, links between documents followed inside
 * the product and web links opened outside only after the user agrees. A lesson opened again without
 * a section to go to starts where the learner left it; the time it is read is measured.
 */
public final class ReaderPart {

    private final LibraryModel model;
    private final MarkdownRenderer renderer;
    private final Navigator navigator;
    private final UiPreferences preferences;
    private final ProgressTracker progress;
    private final CurrentLearner learner;
    private final ReaderNotes notes;
    private final java.util.function.Consumer<org.sendero.progress.Learner> onLearner = chosen -> learnerChanged();
    private final java.util.function.Consumer<OpenRequest> onOpen = this::show;
    private final Runnable onPreferences = this::showAgain;
    private final java.util.function.Consumer<List<org.sendero.core.content.Pack>> onLibrary = packs -> reopenLast();
    private Optional<OpenRequest> shown = Optional.empty();
    /** The language of the version on the screen: links and next/previous stay in it. */
    private Optional<String> shownLanguage = Optional.empty();
    private final SecureRandom random = new SecureRandom();

    private Composite root;
    private Label title;
    private Button previous;
    private Button next;
    private SashForm sash;
    private ContentsList sections;
    private ReaderLinks links;
    private Browser browser;
    private Composite pageArea;
    private final org.eclipse.swt.custom.StackLayout pageStack = new org.eclipse.swt.custom.StackLayout();
    private Label placeholder;
    private PageFiles pages;
    private final org.sendero.search.LibrarySearch search;
    private RelatedGuidance related;
    private Path page;
    private String pageUri = "";
    private Optional<String> shownLesson = Optional.empty();
    private Optional<String> shownPack = Optional.empty();
    private LanguageSwitch alsoIn;
    private LibraryModel.Neighbours neighbours = new LibraryModel.Neighbours(Optional.empty(), Optional.empty());
    private ReadingClock clock;
    /** Where the learner is in the lesson shown, in thousandths of the page's height, as the page last said. */
    private int shownPlace;
    /** The random value of the page shown, which also names it to its script. */
    private String pageNonce = "";

    @Inject
    public ReaderPart(LibraryModel model, MarkdownRenderer renderer, Navigator navigator, UiPreferences preferences,
            ProgressTracker progress, CurrentLearner learner, org.sendero.search.LibrarySearch search,
            ReaderNotes notes) {
        this.search = search;
        this.model = model;
        this.renderer = renderer;
        this.navigator = navigator;
        this.preferences = preferences;
        this.progress = progress;
        this.learner = learner;
        this.notes = notes;
    }

    @PostConstruct
    public void create(Composite parent) throws IOException {
        pages = new PageFiles();
        root = parent;
        GridLayoutFactory.fillDefaults().applyTo(parent);

        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        previous = new Button(bar, SWT.PUSH);
        previous.setText(Messages.ReaderPart_previous);
        previous.addListener(SWT.Selection, event -> neighbours.previous().ifPresent(this::openLesson));
        // a long title wraps rather than pushing the buttons beside it out of their own width
        title = new Label(bar, SWT.WRAP);
        title.setText("");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(40, SWT.DEFAULT)
                .applyTo(title);
        next = new Button(bar, SWT.PUSH);
        next.setText(Messages.ReaderPart_next);
        next.addListener(SWT.Selection, event -> neighbours.next().ifPresent(this::openLesson));
        alsoIn = new LanguageSwitch(bar, 3, this::showIn);

        sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        sections = new ContentsList(sash, this::goToSection);
        related = new RelatedGuidance(sections.column(), search, root.getDisplay()::asyncExec, this::show);
        // the web engine takes a moment to start: it is created with the first document, not with the window
        pageArea = new Composite(sash, SWT.NONE);
        pageArea.setLayout(pageStack);
        placeholder = new Label(pageArea, SWT.WRAP | SWT.CENTER);
        pageStack.topControl = placeholder;
        sash.setWeights(22, 78);
        // a document shown before the reader was first laid out gets its column fitted then
        sash.addListener(SWT.Resize, event -> sections.fitColumn());
        showNothing();
        notes.create(parent, () -> browser, () -> shownLanguage.ifPresent(this::showIn));
        links = new ReaderLinks(parent, link -> show(new OpenRequest(link, shownPack, List.of(), shownLanguage)));
        clock = new ReadingClock(parent, (lessonId, read) -> progress.lessonTime(lessonId, read));
        navigator.onOpen(onOpen);
        learner.onChange(onLearner);
        preferences.onChange(onPreferences);
        model.onChange(onLibrary);
        if (!model.packs().isEmpty()) {
            reopenLast();
        }
    }

    /** After a restart (a new language, say) the learner finds the document they were reading. */
    private void reopenLast() {
        root.getDisplay().asyncExec(() -> {
            if (root.isDisposed() || shown.isPresent()) {
                return;
            }
            preferences.lastOpened().flatMap(ReaderLinks::parseLastOpened).ifPresent(this::show);
        });
    }

    /** The text size changed: the same document again, at the same section. */
    private void showAgain() {
        if (!root.isDisposed()) {
            shown.ifPresent(request -> root.getDisplay().asyncExec(() -> show(request)));
        }
    }

    @PreDestroy
    public void dispose() {
        leave();
        clock.close();
        navigator.removeOnOpen(onOpen);
        learner.removeListener(onLearner);
        preferences.removeListener(onPreferences);
        model.removeListener(onLibrary);
        pages.delete();
    }

    @Focus
    public void setFocus() {
        (browser != null ? browser : sections.control()).setFocus();
    }

    /** The page's browser, made when the first document is shown. */
    private Browser page() {
        if (browser == null) {
            browser = new Browser(pageArea, SWT.NONE);
            // the page's security policy lets only the product's script run; content has none
            browser.setJavascriptEnabled(true);
            browser.addLocationListener(new LocationAdapter() {
                @Override
                public void changing(LocationEvent event) {
                    links.follow(event, pageUri);
                }
            });
            new BrowserFunction(browser, "senderoReachedEnd") {
                @Override
                public Object function(Object[] arguments) {
                    shownLesson.ifPresent(navigator::lessonRead);
                    return null;
                }
            };
            new BrowserFunction(browser, "senderoScrolled") {
                @Override
                public Object function(Object[] arguments) {
                    if (arguments.length == 1 && arguments[0] instanceof Number place) {
                        shownPlace = place.intValue();
                    }
                    return null;
                }
            };
            pageStack.topControl = browser;
            pageArea.layout(true, true);
        }
        return browser;
    }

    /** Shows what the request names; an unknown id says so instead of showing nothing. */
    public void show(OpenRequest request) {
        if (root.isDisposed()) {
            return;
        }
        leave();
        ContentLink link = request.link();
        Languages wanted = new Languages(request.language().orElseGet(preferences::contentLanguage));
        if (link.kind() == ContentLink.Kind.LESSON) {
            model.lesson(link.id(), wanted).ifPresentOrElse(found -> showLesson(found, request),
                    () -> notFound(link));
        } else {
            model.guidance(link.id(), request.packId(), wanted).ifPresentOrElse(found -> showGuidance(found, request),
                    () -> notFound(link));
        }
    }

    private void showLesson(Located<Lesson> found, OpenRequest request) {
        Lesson lesson = found.item();
        shownLesson = Optional.of(lesson.id());
        neighbours = model.neighbours(lesson.id());
        // a search result or a link to a section goes there; otherwise the lesson goes on where it was left
        boolean resume = request.link().anchor().isEmpty() && request.highlight().isEmpty();
        render(found.packId(), lesson.title(), lesson.lang(), lesson.markdown(), request,
                resume ? progress.lessonPlace(lesson.id()) : 0);
        clock.show(shownLesson);
        progress.lessonShown(lesson.id());
    }

    private void showGuidance(Located<GuidanceDoc> found, OpenRequest request) {
        shownLesson = Optional.empty();
        neighbours = new LibraryModel.Neighbours(Optional.empty(), Optional.empty());
        render(found.packId(), found.item().title(), found.item().lang(), found.item().markdown(), request, 0);
        clock.show(Optional.empty());
    }

    /** The lesson on the screen is the previous learner's until now, and the new one's from now. */
    private void learnerChanged() {
        if (root.isDisposed() || shownLesson.isEmpty()) {
            return;
        }
        leave();
        clock.show(shownLesson);
        progress.lessonShown(shownLesson.get());
    }

    /** Remembers where the learner leaves the lesson shown. */
    private void leave() {
        if (shownLesson.isEmpty()) {
            return;
        }
        int place = shownPlace;
        if (browser != null && !browser.isDisposed()) {
            try {
                if (browser.evaluate(ReaderPage.placeQuery(pageNonce)) instanceof Number now && now.intValue() >= 0) {
                    place = now.intValue();
                }
            } catch (SWTException e) {
                // the page is going away: the place it told last stands
            }
        }
        progress.lessonPlace(shownLesson.get(), place);
    }

    /** @param startPlace where to start, in thousandths of the page's height */
    private void render(String packId, String documentTitle, String language, String markdown, OpenRequest request,
            int startPlace) {
        shownLanguage = Optional.ofNullable(language);
        RenderedMarkdown rendered = renderer.render(markdown, packId);
        String body = notes.mark(GlossaryMarker.of(model.packs(), language)
                .mark(Highlighter.mark(rendered.html(), request.highlight())),
                new ShownDocument(request.link(), packId, language, rendered.sections()));
        pageNonce = HexFormat.of().formatHex(random.generateSeed(16));
        String html = ReaderPage.build(documentTitle, language, body,
                ReaderPage.stylesheet() + GlossaryMarker.stylesheet(), preferences.readerFontSize(),
                model.packFolders(), pageNonce, startPlace);
        shownPlace = startPlace;
        page = pages.write(html);
        shownPack = Optional.of(packId);
        if (shown.map(previous -> !previous.equals(request)).orElse(true)) {
            preferences.setLastOpened(ReaderLinks.lastOpened(request, packId));
        }
        shown = Optional.of(request);
        pageUri = page.toUri().toString();
        sections.show(rendered.sections());
        // measured once the list has taken its new items in
        root.getDisplay().asyncExec(sections::fitColumn);
        title.setText(documentTitle.replace("&", "&&"));
        related.lookUp(packId, request.link().kind(), request.link().id(), language);
        alsoIn.show(language, request.language().orElseGet(preferences::contentLanguage),
                model.languagesOf(request.link().kind(), request.link().id(), packId));
        previous.setEnabled(neighbours.previous().isPresent());
        next.setEnabled(neighbours.next().isPresent());
        previous.setVisible(shownLesson.isPresent());
        next.setVisible(shownLesson.isPresent());
        root.layout(true, true);
        page().setUrl(pageUri + request.link().anchor().map(anchor -> "#" + anchor).orElse(""));
    }

    /** The document on the screen in another language, at the section being read (anchors are shared). */
    private void showIn(String language) {
        Object current;
        try {
            current = page == null ? null : browser.evaluate(ReaderPage.SECTION_QUERY);
        } catch (SWTException e) {
            current = null; // a page still loading: the section asked for stands
        }
        Optional<String> anchor = current instanceof String id && !id.isEmpty() ? Optional.of(id) : Optional.empty();
        shown.ifPresent(request -> show(new OpenRequest(new ContentLink(request.link().kind(), request.link().id(),
                anchor.or(() -> request.link().anchor())), shownPack, List.of(), Optional.of(language))));
    }

    private void goToSection(Section section) {
        if (page != null) {
            page().setUrl(pageUri + "#" + section.anchor());
        }
    }

    private void openLesson(String lessonId) {
        show(OpenRequest
                .of(new ContentLink(ContentLink.Kind.LESSON, lessonId, Optional.empty()), shownPack.orElse(null))
                .inLanguage(shownLanguage.orElse(null)));
    }

    private void notFound(ContentLink link) {
        MessageDialog.openInformation(root.getShell(), Messages.ReaderPart_notFoundTitle,
                NLS.bind(Messages.ReaderPart_notFound, link.id()));
    }

    private void showNothing() {
        previous.setVisible(false);
        next.setVisible(false);
        placeholder.setText("\n\n" + Messages.ReaderPart_description);
    }

    // For tests: what the reader shows now.

    /** The table of contents: the document's sections. */
    public org.eclipse.swt.widgets.List contents() {
        return sections.control();
    }

    public String shownTitle() {
        return title.getText();
    }

    public Path shownPage() {
        return page;
    }

    public Browser browser() {
        return browser;
    }

    public Button previousButton() {
        return previous;
    }

    public Button nextButton() {
        return next;
    }

    /** The links to related guidance under the table of contents. */
    public List<org.eclipse.swt.widgets.Link> relatedLinks() {
        return related.links();
    }

    public ReadingClock readingClock() {
        return clock;
    }
}

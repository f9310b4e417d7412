package org.sendero.ui.internal.home;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.sendero.certificates.CertificateIssuer;
import org.sendero.certificates.OfficeIdentity;
import org.sendero.core.content.Pack;
import org.sendero.ui.internal.progress.ProgressSnapshot;
import org.sendero.ui.internal.progress.ProgressTracker;
import org.sendero.ui.internal.progress.StepOpener;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.practice.Practice;
import org.sendero.ui.internal.practice.PracticeStatus;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.quiz.QuizLauncher;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Home, the first thing a learner sees: a card per course with its progress, Continue where they
 * left off, the quizzes to retake, the latest guidance, and for a newcomer how Sendero works. It
 * is drawn again when the progress, the learner or the installed packs change, and scrolls, so
 * that a small screen or large letters lose nothing.
 */
public final class HomePart {

    private final ProgressTracker tracker;
    private final LibraryModel model;
    private final StepOpener opener;
    private final UISynchronize ui;
    private final Languages languages = Languages.ofLocale(Locale.getDefault());
    private final Consumer<ProgressSnapshot> onProgress = snapshot -> {
        showLater();
        readPractice();
    };
    private final Practice practice;
    /** The learner's practice figures, read off the UI thread; empty until first read. */
    private java.util.Optional<PracticeStatus> practiceStatus = java.util.Optional.empty();
    private final Consumer<List<Pack>> onPacks = packs -> showLater();

    private ScrolledComposite scroller;
    private Composite page;
    private HomeView view;
    private HomeContent shown;
    /** The width the page was last fitted to. */
    private int fittedWidth = -1;

    private final CertificateAction certificates;

    @Inject
    public HomePart(ProgressTracker tracker, LibraryModel model, Navigator navigator, QuizLauncher quizzes,
            UISynchronize ui, @Optional EPartService parts, Practice practice, CertificateIssuer issuer,
            OfficeIdentity office) {
        this.practice = practice;
        this.certificates = new CertificateAction(issuer, office, ui, CertificateAction.systemViewer());
        this.tracker = tracker;
        this.model = model;
        this.opener = new StepOpener(navigator, quizzes, parts);
        this.ui = ui;
    }

    @PostConstruct
    public void create(Composite parent) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        FontDescriptor font = FontDescriptor.createFrom(parent.getFont());
        Font bold = resources.create(font.setStyle(SWT.BOLD));
        Font heading = resources.create(font.setStyle(SWT.BOLD).increaseHeight(2));
        parent.setLayout(new FillLayout());
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        // Tab to a card below the fold scrolls it into view
        scroller.setShowFocusedControl(true);
        // a reading surface like the library's and My progress
        scroller.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        scroller.setBackgroundMode(SWT.INHERIT_FORCE);
        page = new Composite(scroller, SWT.NONE);
        scroller.setContent(page);
        view = new HomeView(page, opener, bold, heading, (course, say) -> java.util.Optional.ofNullable(shown)
                .flatMap(HomeContent::learner).ifPresent(name -> certificates.open(name, course.courseId(), say)));
        view.loading();
        // the text wraps to the part's width, so the height is measured at that width
        scroller.addListener(SWT.Resize, event -> {
            if (scroller.getClientArea().width != fittedWidth) {
                fit();
            }
        });
        tracker.onChange(onProgress);
        model.onChange(onPacks);
        fit();
        // Home is the window's first part: it may be the first to ask for the packs
        model.loaded().whenComplete((packs, problem) -> showLater());
        tracker.refresh();
        readPractice();
    }

    /** Reads how many practice questions are due, then shows Home again with them. */
    private void readPractice() {
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return practice.status();
            } catch (org.sendero.progress.ProgressException | RuntimeException e) {
                return java.util.Optional.<PracticeStatus>empty(); // Home without the line, rather than no Home
            }
        }).thenAccept(status -> ui.asyncExec(() -> {
            if (!scroller.isDisposed() && !status.equals(practiceStatus)) {
                practiceStatus = status;
                status.ifPresent(figures -> view.practiceLine().ifPresent(line -> line.show(figures)));
                fittedWidth = -1;
                fit();
            }
        }));
    }

    @PreDestroy
    public void dispose() {
        tracker.removeListener(onProgress);
        model.removeListener(onPacks);
    }

    @Focus
    public void setFocus() {
        view.firstAction().filter(control -> !control.isDisposed()).ifPresentOrElse(control -> control.setFocus(),
                () -> scroller.setFocus());
    }

    private void showLater() {
        ui.asyncExec(this::show);
    }

    private void show() {
        ProgressSnapshot progress = tracker.snapshot();
        // until the packs are read, and the learner's progress in them, "no course installed" would be
        // untrue: Home still says it is reading (the tracker reads the progress again once the packs are in)
        if (scroller.isDisposed() || !model.loaded().isDone()
                || progress.learner().isPresent() && progress.packs().isEmpty() && !model.packs().isEmpty()) {
            return;
        }
        HomeContent content = HomeContent.of(progress, model.packs(), languages);
        // many changes (another part's refresh, a pack read again) leave Home as it is
        if (content.equals(shown)) {
            return;
        }
        shown = content;
        view.show(content, practiceStatus, () -> practice.start(scroller.getShell(), this::readPractice));
        fittedWidth = -1;
        fit();
        org.sendero.ui.internal.status.ReadySignal.homeShown(view.cards().size());
    }

    /** Lays the page out at the scroller's width and lets it scroll to its full height. */
    private void fit() {
        int width = scroller.getClientArea().width;
        fittedWidth = width;
        if (width > 0) {
            view.fitTo(width);
        }
        scroller.setMinSize(page.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
        page.layout(true, true);
    }

    /** The practice line's text, once read; empty without a learner or before its figures are in. */
    public String practiceText() {
        return view.practiceLine().map(line -> line.text().getText()).orElse("");
    }

    /** The practice line's Start button, once its figures are in. */
    public java.util.Optional<org.eclipse.swt.widgets.Button> practiceButton() {
        return view.practiceLine().map(PracticeLine::startButton);
    }

    /** The line at the top: a greeting, or what to do when nobody is chosen. */
    public String greetingText() {
        return view.greeting();
    }

    /** The "how this works" strip, shown to a learner who has not started. */
    public java.util.Optional<Composite> howItWorks() {
        return view.howItWorks().map(HowItWorks::strip);
    }

    public java.util.Optional<Button> continueButton() {
        return view.continueButton();
    }

    /** "Continue: course, lesson 3". */
    public String continueHeading() {
        return view.continueHeading();
    }

    /** "Next lesson: title". */
    public String continueDetail() {
        return view.continueDetail();
    }

    public List<CourseCard> cards() {
        return view.cards();
    }

    public List<Button> retakeButtons() {
        return view.retakeButtons();
    }

    public List<Label> retakeLabels() {
        return view.retakeLabels();
    }

    public List<Link> guidanceLinks() {
        return view.guidanceLinks();
    }

    public ScrolledComposite scroller() {
        return scroller;
    }

    /** Draws Home again now, from the progress the tracker has. */
    public void refresh() {
        show();
    }
}

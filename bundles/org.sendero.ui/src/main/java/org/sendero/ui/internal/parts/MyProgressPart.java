package org.sendero.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.osgi.util.NLS;
import org.sendero.progress.NextStep;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.internal.progress.Messages;
import org.sendero.ui.internal.progress.ProgressSnapshot;
import org.sendero.ui.internal.progress.ProgressTracker;
import org.sendero.ui.internal.progress.ProgressView;
import org.sendero.ui.internal.progress.StepNames;
import org.sendero.ui.internal.progress.StepOpener;
import org.sendero.ui.quiz.QuizLauncher;
import org.sendero.ui.internal.reader.Navigator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * My progress: for the current learner, each course and module with a bar, the lessons read, the
 * last and best quiz scores, the time spent reading and in quizzes, and a Continue button that
 * opens the next thing to do. Shown again when a lesson is read and when the learner changes.
 */
public final class MyProgressPart {

    private final ProgressTracker tracker;
    private final LibraryModel model;
    private final StepOpener opener;
    private final UISynchronize ui;
    private final Languages languages = Languages.ofLocale(Locale.getDefault());
    private final Consumer<ProgressSnapshot> onChange = snapshot -> asyncShow(snapshot);

    private LocalResourceManager resources;
    private Label header;
    private Label total;
    private Button continueButton;
    private Label next;
    private ScrolledComposite scroller;
    private Composite courses;
    private ProgressView view;
    private ProgressSnapshot shown = ProgressSnapshot.NOBODY;
    /** False until the first snapshot is drawn, which must be drawn even when it is {@link ProgressSnapshot#NOBODY}. */
    private boolean drawn;
    /** The width the rows were last fitted to. */
    private int fittedWidth = -1;

    @Inject
    public MyProgressPart(ProgressTracker tracker, LibraryModel model, Navigator navigator, QuizLauncher quizzes,
            UISynchronize ui, @Optional EPartService parts) {
        this.tracker = tracker;
        this.model = model;
        this.opener = new StepOpener(navigator, quizzes, parts);
        this.ui = ui;
    }

    @PostConstruct
    public void create(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        Font bold = resources.create(FontDescriptor.createFrom(parent.getFont()).setStyle(SWT.BOLD));
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        // a reading surface like the library's: the rows, rebuilt at each change, take the
        // part's background instead of the window's
        parent.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        parent.setBackgroundMode(SWT.INHERIT_FORCE);
        header = new Label(parent, SWT.WRAP);
        header.setFont(bold);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(header);
        total = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(total);

        continueButton = new Button(parent, SWT.PUSH);
        continueButton.setText(Messages.MyProgressPart_continue);
        continueButton.addListener(SWT.Selection, event -> continueLearning());
        GridDataFactory.swtDefaults().applyTo(continueButton);
        next = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(next);
        continueButton.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getHelp(AccessibleEvent event) {
                event.result = next.getText();
            }
        });

        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        courses = new Composite(scroller, SWT.NONE);
        scroller.setContent(courses);
        view = new ProgressView(courses, bold, languages, this::resize);
        // the rows wrap to the part's width, so the height is measured at that width
        scroller.addListener(SWT.Resize, event -> {
            // the window sends many resizes while it opens; laying the wrapped rows out again is only
            // needed when the width they wrap to has changed
            if (scroller.getClientArea().width != fittedWidth) {
                resize();
            }
        });

        header.setText(Messages.MyProgressPart_loading);
        tracker.onChange(onChange);
        show(tracker.snapshot());
        // the library part reads the packs at start; the tracker shows them when they arrive
        tracker.refresh();
    }

    @PreDestroy
    public void dispose() {
        tracker.removeListener(onChange);
    }

    @Focus
    public void setFocus() {
        continueButton.setFocus();
    }

    private void asyncShow(ProgressSnapshot snapshot) {
        ui.asyncExec(() -> show(snapshot));
    }

    private void show(ProgressSnapshot snapshot) {
        // the tracker tells every change of the learner, the packs and the progress; many leave the rows as they are
        if (header.isDisposed() || drawn && snapshot.equals(shown)) {
            return;
        }
        drawn = true;
        shown = snapshot;
        if (snapshot.learner().isEmpty()) {
            header.setText(Messages.MyProgressPart_nobody);
            total.setText("");
            next.setText("");
            continueButton.setEnabled(false);
        } else {
            header.setText(NLS.bind(Messages.MyProgressPart_header, snapshot.learner().get().name()));
            total.setText(ProgressView.totalTime(snapshot));
            next.setText(nextText(snapshot.next()));
            continueButton.setEnabled(!(snapshot.next() instanceof NextStep.AllDone));
        }
        view.show(snapshot);
        resize();
        header.getParent().layout(true, true);
    }

    private void resize() {
        int width = scroller.getClientArea().width;
        fittedWidth = width;
        scroller.setMinSize(courses.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
        courses.layout(true, true);
    }

    /** The next thing to do, in words. */
    private String nextText(NextStep step) {
        return switch (step) {
            case NextStep.ReadLesson lesson ->
                NLS.bind(Messages.MyProgressPart_nextLesson, model.lesson(lesson.lesson().lessonId(), languages)
                        .map(found -> found.item().title()).orElse(lesson.lesson().lessonId()));
            case NextStep.TakeQuiz quiz -> NLS.bind(Messages.MyProgressPart_nextQuiz,
                    StepNames.quizTitle(model.packs(), quiz, languages));
            case NextStep.AllDone done -> Messages.MyProgressPart_allDone;
        };
    }

    /** Opens the next lesson in the reader, or asks the quiz part for the next quiz. */
    public void continueLearning() {
        opener.open(shown.next());
    }

    /** For tests and accessibility checks. */
    public String headerText() {
        return header.getText();
    }

    public String nextText() {
        return next.getText();
    }

    /** The line of the time spent, reading and in quizzes. */
    public String totalText() {
        return total.getText();
    }

    public Button continueButton() {
        return continueButton;
    }

    public ProgressSnapshot shownProgress() {
        return shown;
    }

    /** The bar of a module, by its id. */
    /** The links that show and hide each course's modules. */
    public List<org.eclipse.swt.widgets.Link> moduleToggles() {
        return view.moduleToggles();
    }

    public java.util.Optional<ProgressBar> moduleBar(String packId, String moduleId) {
        return view.moduleBar(packId, moduleId);
    }

    public List<Control> rows() {
        return new ArrayList<>(List.of(courses.getChildren()));
    }
}

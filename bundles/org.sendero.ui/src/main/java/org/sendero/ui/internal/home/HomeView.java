package org.sendero.ui.internal.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.sendero.ui.accessibility.AccessibleNames;
import org.sendero.ui.internal.progress.StepOpener;

/**
 * Home's page, drawn again from each {@link HomeContent}: a greeting, how Sendero works for a
 * newcomer, Continue, a card per course, the quizzes to retake and the latest guidance. Every
 * action is a button or a link, so Tab reaches each in the order they are read.
 */
final class HomeView {

    /** A card's column needs room for this many characters of its font. */
    private static final int CARD_CHARS = 30;

    private final Composite page;
    private final StepOpener opener;
    private final Font bold;
    private final Font heading;

    private Label greeting;
    private Optional<PracticeLine> practiceLine = Optional.empty();
    private Optional<HowItWorks> howItWorks = Optional.empty();
    private Optional<Button> continueButton = Optional.empty();
    private Label continueHeading;
    private Label continueDetail;
    private Composite cardGrid;
    private final List<CourseCard> cards = new ArrayList<>();
    private final List<Button> retakeButtons = new ArrayList<>();
    private final List<Label> retakeLabels = new ArrayList<>();
    private final List<Link> guidanceLinks = new ArrayList<>();

    private final java.util.function.BiConsumer<CourseSummary, java.util.function.Consumer<String>> certificate;

    HomeView(Composite page, StepOpener opener, Font bold, Font heading,
            java.util.function.BiConsumer<CourseSummary, java.util.function.Consumer<String>> certificate) {
        this.certificate = certificate;
        this.page = page;
        this.opener = opener;
        this.bold = bold;
        this.heading = heading;
        GridLayoutFactory.fillDefaults().margins(12, 12).spacing(8, 8).applyTo(page);
    }

    void loading() {
        clear();
        greeting = label(page, Messages.HomePart_loading, heading);
    }

    void show(HomeContent content) {
        show(content, java.util.Optional.empty(), () -> {
        });
    }

    /** @param practice the learner's practice line, when it has been read; {@code startPractice} opens a session */
    void show(HomeContent content, java.util.Optional<org.sendero.ui.internal.practice.PracticeStatus> practice,
            Runnable startPractice) {
        page.setRedraw(false);
        try {
            clear();
            greeting = label(page,
                    content.learner().map(name -> NLS.bind(Messages.HomePart_welcome, name)).orElse(
                            Messages.HomePart_nobody),
                    content.learner().isPresent() ? heading : bold);
            if (content.newcomer()) {
                howItWorks = Optional.of(new HowItWorks(page, bold));
            }
            content.next().ifPresent(this::continueSection);
            if (content.learner().isPresent()) {
                courses(content.courses());
                practiceLine = Optional.of(new PracticeLine(page, practice, bold, startPractice));
            }
            if (!content.retakes().isEmpty()) {
                retakes(content.retakes());
            }
            if (!content.latest().isEmpty()) {
                latest(content.latest());
            }
        } finally {
            page.setRedraw(true);
        }
    }

    private void clear() {
        for (Control old : page.getChildren()) {
            old.dispose();
        }
        howItWorks = Optional.empty();
        practiceLine = Optional.empty();
        continueButton = Optional.empty();
        continueHeading = null;
        continueDetail = null;
        cardGrid = null;
        cards.clear();
        retakeButtons.clear();
        retakeLabels.clear();
        guidanceLinks.clear();
    }

    private void continueSection(ContinueOffer offer) {
        Composite box = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).extendedMargins(0, 0, 6, 6).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        continueHeading = label(box, offer.heading(), heading);
        if (!offer.detail().isEmpty()) {
            continueDetail = label(box, offer.detail(), null);
        }
        if (offer.opensSomething()) {
            Button button = new Button(box, SWT.PUSH);
            button.setText(offer.button());
            button.setFont(bold);
            button.addListener(SWT.Selection, event -> opener.open(offer.step()));
            AccessibleNames.name(button, offer.heading() + ". " + offer.detail());
            GridDataFactory.swtDefaults().applyTo(button);
            continueButton = Optional.of(button);
        }
    }

    private void courses(List<CourseSummary> courses) {
        label(page, Messages.Courses_title, heading);
        if (courses.isEmpty()) {
            label(page, Messages.Courses_none, null);
            return;
        }
        cardGrid = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).equalWidth(true).spacing(10, 10).applyTo(cardGrid);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cardGrid);
        courses.forEach(course -> cards.add(new CourseCard(cardGrid, course, bold, opener::open, certificate)));
    }

    private void retakes(List<Retake> retakes) {
        label(page, Messages.Retakes_title, heading);
        Composite rows = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(rows);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rows);
        for (Retake retake : retakes) {
            retakeLabels.add(label(rows, NLS.bind(Messages.Retakes_score,
                    new Object[] { retake.title(), retake.best(), retake.passMark() }), null));
            Button button = new Button(rows, SWT.PUSH);
            button.setText(Messages.Retakes_retake);
            button.addListener(SWT.Selection, event -> opener.quiz(retake.packId(), retake.quizId()));
            AccessibleNames.name(button, NLS.bind(Messages.Retakes_buttonName, retake.title()));
            GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(button);
            retakeButtons.add(button);
        }
    }

    private void latest(List<LatestGuidance> latest) {
        label(page, Messages.Latest_title, heading);
        label(page, Messages.Latest_explained, null);
        for (LatestGuidance doc : latest) {
            Link link = new Link(page, SWT.NONE);
            // a Link reads & as a mnemonic and <a> as a link: the title is text
            String title = doc.title().replace("&", "&&");
            link.setText("<a>" + title + "</a>" + (doc.year().isPresent() ? " (" + doc.year().getAsInt() + ")" : ""));
            link.addListener(SWT.Selection, event -> opener.guidance(doc.packId(), doc.docId()));
            AccessibleNames.name(link, NLS.bind(Messages.Latest_linkName, doc.title()));
            GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).indent(8, 0).applyTo(link);
            guidanceLinks.add(link);
        }
    }

    private static Label label(Composite parent, String text, Font font) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text.replace("&", "&&"));
        if (font != null) {
            label.setFont(font);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** Lays the cards and the steps out in as many columns as {@code width} has room for; true when that changed. */
    boolean fitTo(int width) {
        boolean changed = howItWorks.map(strip -> strip.fitTo(width)).orElse(false);
        if (cardGrid != null) {
            changed |= Columns.set(cardGrid, Columns.count(cardGrid, width, CARD_CHARS, 3));
        }
        return changed;
    }

    /** The first thing a learner would press: Continue, else the first card's button. */
    Optional<Control> firstAction() {
        return continueButton.<Control>map(button -> button)
                .or(() -> cards.stream().findFirst().map(card -> (Control) card.button()));
    }

    String greeting() {
        return greeting.getText();
    }

    Optional<HowItWorks> howItWorks() {
        return howItWorks;
    }

    Optional<Button> continueButton() {
        return continueButton;
    }

    String continueHeading() {
        return continueHeading == null ? "" : continueHeading.getText();
    }

    String continueDetail() {
        return continueDetail == null ? "" : continueDetail.getText();
    }

    List<CourseCard> cards() {
        return List.copyOf(cards);
    }

    List<Button> retakeButtons() {
        return List.copyOf(retakeButtons);
    }

    List<Label> retakeLabels() {
        return List.copyOf(retakeLabels);
    }

    List<Link> guidanceLinks() {
        return List.copyOf(guidanceLinks);
    }

    /** The practice line, once its figures have been read. */
    Optional<PracticeLine> practiceLine() {
        return practiceLine;
    }
}

package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.QuizScore;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;
import org.sendero.ui.internal.home.CourseCard;
import org.sendero.ui.internal.home.HomePart;
import org.sendero.ui.internal.home.Messages;
import org.sendero.ui.internal.parts.QuizPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;

/**
 * Home as a learner meets it: a newcomer is shown how Sendero works and every course at 0 steps;
 * a lesson read moves its card and Continue to the next lesson, which Continue opens in the reader;
 * a quiz failed is offered again; Tab reaches every card; nothing is cut at 150%.
 */
class HomePartTest {

    private static final Duration LOAD = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private PartHarness window;
    private Learners learners;
    private CurrentLearner current;
    private LibraryModel model;
    private final Languages languages = Languages.ofLocale(Locale.getDefault());

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        learners = window.context.get(Learners.class);
        current = ContextInjectionFactory.make(CurrentLearner.class, window.context);
        model = ContextInjectionFactory.make(LibraryModel.class, window.context);
        model.loaded();
        window.until(() -> !model.packs().isEmpty(), LOAD, "the library is read");
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    @Test
    void aNewcomerIsShownHowItWorksAndEveryCourseAtNoStepsDone() throws Exception {
        HomePart home = window.part(HomePart.class);
        Learner learner = newLearner("Ana");
        List<Course> courses = courses();
        window.until(() -> home.greetingText().contains(learner.name()) && home.cards().size() == courses.size(),
                LOAD, "a card per course for " + learner.name() + ": " + home.cards().size());

        assertTrue(home.howItWorks().isPresent() && home.howItWorks().get().isVisible(),
                "a newcomer is shown how it works");
        for (int i = 0; i < courses.size(); i++) {
            CourseCard card = home.cards().get(i);
            assertEquals(courses.get(i).title().in(languages.preferred()), card.title().getText(),
                    "the course's title in the learner's language");
            assertEquals(NLS.bind(Messages.Courses_steps, 0, steps(courses.get(i))), card.steps().getText());
            assertEquals(0, card.bar().getSelection());
            assertEquals(steps(courses.get(i)), card.bar().getMaximum());
            assertEquals(Messages.Courses_start, card.button().getText());
        }
        assertEquals(NLS.bind(Messages.Continue_startLesson, courses.get(0).title().in(languages.preferred()), 1),
                home.continueHeading());
        assertEquals(Messages.Continue_start, home.continueButton().orElseThrow().getText());
        window.screenshot("home-newcomer");
    }

    @Test
    void aLessonReadMovesItsCardAndContinueOpensTheNextLesson() throws Exception {
        ReaderPart reader = window.part(ReaderPart.class);
        // the reader reopens the document read last, and a lesson on its screen counts as opened by
        // whoever is chosen next: it shows a guidance document, so that the new learner has opened nothing
        Pack pack = model.packs().stream().filter(p -> p.id().equals("sendero-starter")).findFirst().orElseThrow();
        GuidanceDoc doc = pack.guidance().get(0);
        reader.show(OpenRequest.of(new ContentLink(ContentLink.Kind.GUIDANCE, doc.id(), Optional.empty()), pack.id()));
        String docTitle = model.guidance(doc.id(), Optional.of(pack.id()), languages).orElseThrow().item().title();
        window.until(() -> docTitle.equals(reader.shownTitle()), WAIT, "the reader shows " + docTitle);
        HomePart home = window.part(HomePart.class);
        Learner learner = newLearner("Beto");
        Course course = courses().get(0);
        Module module = course.modules().get(0);
        int total = steps(course);
        window.until(() -> home.greetingText().contains(learner.name()) && !home.cards().isEmpty(), LOAD,
                "Home shows " + learner.name());

        // the reader's signal that the learner reached a lesson's end
        ContextInjectionFactory.make(Navigator.class, window.context).lessonRead(module.lessonIds().get(0));
        String oneOf = NLS.bind(Messages.Courses_steps, 1, total);
        window.until(() -> !home.cards().isEmpty() && home.cards().get(0).steps().getText().equals(oneOf), WAIT,
                "the card counts the lesson: " + home.cards().get(0).steps().getText());
        assertEquals(1, home.cards().get(0).bar().getSelection());
        assertEquals(Messages.Courses_continue, home.cards().get(0).button().getText());
        assertFalse(home.howItWorks().isPresent(), "someone who has started no longer needs the explanation");

        String second = model.lesson(module.lessonIds().get(1), languages).orElseThrow().item().title();
        assertEquals(NLS.bind(Messages.Continue_lesson, course.title().in(languages.preferred()), 2),
                home.continueHeading());
        assertEquals(NLS.bind(Messages.Continue_lessonTitle, second), home.continueDetail());
        Button continueButton = home.continueButton().orElseThrow();
        assertEquals(Messages.Continue_continue, continueButton.getText());
        window.screenshot("home-started");

        continueButton.notifyListeners(SWT.Selection, new Event());
        window.until(() -> second.equals(reader.shownTitle()), WAIT,
                "Continue opens " + second + " in the reader, not " + reader.shownTitle());

        Learner other = newLearner("Carla");
        window.until(() -> home.greetingText().contains(other.name()) && !home.cards().isEmpty()
                && home.cards().get(0).steps().getText().equals(NLS.bind(Messages.Courses_steps, 0, total)), WAIT,
                "another learner's Home starts again at 0 steps");
        assertTrue(home.howItWorks().isPresent());
    }

    @Test
    void aQuizFailedIsOfferedAgainAndItsButtonStartsIt() throws Exception {
        QuizPart quizPart = window.part(QuizPart.class);
        HomePart home = window.part(HomePart.class);
        Pack pack = model.packs().stream().filter(p -> p.id().equals("sendero-starter")).findFirst().orElseThrow();
        Course course = pack.courses().get(0);
        Module module = course.modules().get(1);
        String quizId = module.quizzes().get(0).id();
        String quizTitle = module.quiz(languages.preferred()).orElseThrow().title().in(languages.preferred());
        Learner learner = learners.add(unique("Dora"), Optional.empty());
        ProgressStore store = window.context.get(ProgressStore.class);
        Attempt attempt = store.startAttempt(learner.id(),
                new QuizRef(pack.id(), course.id(), module.id(), quizId, languages.preferred()), 7);
        store.finishAttempt(attempt.id(), new QuizScore(quizId, 2, List.of(new ItemScore("q1", 0.5, List.of(),
                Optional.empty()), new ItemScore("q2", 0, List.of(), Optional.empty())), 0.25, 70),
                Duration.ofMinutes(4));
        current.set(learner);

        window.until(() -> home.greetingText().contains(learner.name()) && !home.retakeButtons().isEmpty(), LOAD,
                "the failed quiz is offered again");
        assertEquals(List.of(NLS.bind(Messages.Retakes_score, new Object[] { quizTitle, 25, 70 })),
                home.retakeLabels().stream().map(label -> label.getText()).toList());
        assertFalse(home.howItWorks().isPresent(), "someone who took a quiz has started");

        home.retakeButtons().get(0).notifyListeners(SWT.Selection, new Event());
        window.until(() -> quizPart.itemAwaitingAnswer().isPresent(), WAIT,
                "the quiz starts: " + quizPart.bodyTexts());
        Attempt started = store.attempt(quizPart.attemptId().orElseThrow()).orElseThrow();
        assertEquals(quizId, started.quiz().quizId());
        assertEquals(learner.id(), started.learnerId());
        assertFalse(started.isFinished(), "a new attempt, not the failed one");
    }

    @Test
    void theLatestGuidanceIsTheNewestAndOpensInTheReader() throws Exception {
        ReaderPart reader = window.part(ReaderPart.class);
        HomePart home = window.part(HomePart.class);
        newLearner("Elena");
        window.until(() -> !home.guidanceLinks().isEmpty(), LOAD, "the latest guidance is listed");
        int newest = model.packs().stream().flatMap(pack -> pack.guidance().stream())
                .mapToInt(doc -> doc.year().orElse(0)).max().orElseThrow();
        Link first = home.guidanceLinks().get(0);
        assertTrue(first.getText().endsWith("(" + newest + ")"), "the newest first: " + first.getText());
        String title = first.getText().substring("<a>".length(), first.getText().indexOf("</a>"));
        GuidanceDoc doc = model.packs().stream().flatMap(pack -> pack.guidance().stream())
                .filter(candidate -> candidate.title().equals(title)).findFirst().orElseThrow();
        assertEquals(newest, doc.year().orElseThrow());
        List<Integer> years = home.guidanceLinks().stream().map(link -> link.getText())
                .filter(text -> text.endsWith(")"))
                .map(text -> Integer.valueOf(text.substring(text.lastIndexOf('(') + 1, text.lastIndexOf(')'))))
                .toList();
        assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years, "newest first");

        first.notifyListeners(SWT.Selection, new Event());
        window.until(() -> title.equals(reader.shownTitle()), WAIT,
                "the link opens " + title + " in the reader, not " + reader.shownTitle());
    }

    @Test
    void tabReachesContinueAndEveryCard() throws Exception {
        HomePart home = window.part(HomePart.class);
        Learner learner = newLearner("Fabio");
        window.until(() -> home.greetingText().contains(learner.name()) && home.cards().size() == courses().size()
                && !home.guidanceLinks().isEmpty(), LOAD, "Home is drawn");

        List<Control> order = tabOrder(window.shell);
        List<Control> actions = new ArrayList<>();
        actions.add(home.continueButton().orElseThrow());
        home.cards().forEach(card -> actions.add(card.button()));
        actions.addAll(home.guidanceLinks());
        int last = -1;
        for (Control action : actions) {
            int at = order.indexOf(action);
            assertTrue(at >= 0, "Tab reaches " + describe(action));
            assertTrue(at > last, describe(action) + " comes after the action above it");
            last = at;
        }
        for (CourseCard card : home.cards()) {
            assertTrue(card.button().isEnabled(), "every card can be opened: " + card.title().getText());
        }
    }

    @Test
    void theKeyboardAloneOpensACourse() throws Exception {
        ReaderPart reader = window.part(ReaderPart.class);
        HomePart home = window.part(HomePart.class);
        Learner learner = newLearner("Hugo");
        List<Course> courses = courses();
        window.until(() -> home.greetingText().contains(learner.name()) && home.cards().size() == courses.size(),
                LOAD, "Home is drawn");
        window.shell.forceActive();
        Button continueButton = home.continueButton().orElseThrow();
        window.until(() -> {
            continueButton.forceFocus();
            return window.display.getFocusControl() == continueButton;
        }, WAIT, "Continue takes the focus");

        // Tab, as a person presses it, until the second course's button has the focus
        Button second = home.cards().get(1).button();
        for (int presses = 0; window.display.getFocusControl() != second; presses++) {
            assertTrue(presses < 10, "Tab reaches the second card, not " + window.display.getFocusControl());
            key(SWT.TAB, '\t');
        }
        Course course = courses.get(1);
        String first = model.lesson(course.modules().get(0).lessonIds().get(0), languages).orElseThrow().item()
                .title();
        assertFalse(first.equals(reader.shownTitle()), "the reader does not show " + first + " yet");
        key(0, ' ');
        window.until(() -> first.equals(reader.shownTitle()), WAIT,
                "Space on the card opens " + first + ", not " + reader.shownTitle());
    }

    /** Presses and releases a key through the windowing system, as the keyboard does. */
    private void key(int keyCode, char character) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = character;
            assertTrue(window.display.post(event), "the key is sent");
        }
        window.spin(Duration.ofMillis(200));
    }

    @Test
    void atHalfAgainTheFontNothingIsCutAtTheReadersWidth() throws Exception {
        HomePart home = window.part(HomePart.class);
        Learner learner = newLearner("Gloria");
        window.until(() -> home.greetingText().contains(learner.name()) && home.cards().size() == courses().size()
                && !home.guidanceLinks().isEmpty(), LOAD, "Home is drawn");
        List<org.eclipse.swt.graphics.Font> made = new ArrayList<>();
        try {
            enlarge(window.shell, made);
            window.spin(Duration.ofMillis(500));
            // the reader's stack gets half of a 1024-pixel screen
            window.shell.setSize(500, 680);
            window.shell.layout(true, true);
            window.spin(Duration.ofMillis(500));
            window.screenshot("home-large-font");
            Composite page = (Composite) home.scroller().getContent();
            List<String> cut = new ArrayList<>();
            int checked = findCut(page, cut);
            assertTrue(checked >= home.cards().size() * 3, "the cards' labels and buttons were checked: " + checked);
            assertEquals(List.of(), cut, "text cut off at 150% in Home 500 pixels wide");
            assertTrue(page.getSize().y > home.scroller().getClientArea().height, "the page scrolls instead");
        } finally {
            made.forEach(org.eclipse.swt.graphics.Font::dispose);
        }
    }

    private Learner newLearner(String name) throws Exception {
        Learner learner = learners.add(unique(name), Optional.empty());
        current.set(learner);
        return learner;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<Course> courses() {
        return model.packs().stream().flatMap(pack -> pack.courses().stream()).toList();
    }

    /** Each lesson is a step, and each quiz. */
    private static int steps(Course course) {
        return course.modules().stream()
                .mapToInt(module -> module.lessonIds().size() + (module.quizzes().isEmpty() ? 0 : 1)).sum();
    }

    /** The controls Tab visits, in order, as SWT's traversal walks the tab lists. */
    private static List<Control> tabOrder(Composite parent) {
        List<Control> order = new ArrayList<>();
        for (Control child : parent.getTabList()) {
            if (child instanceof Composite composite && composite.getTabList().length > 0) {
                order.addAll(tabOrder(composite));
            } else if (child.isVisible() && child.isEnabled()) {
                order.add(child);
            }
        }
        return order;
    }

    private static String describe(Control control) {
        return control instanceof Button button ? "the button " + button.getText()
                : control instanceof Link link ? "the link " + link.getText() : control.toString();
    }

    private static void enlarge(Control control, List<org.eclipse.swt.graphics.Font> made) {
        org.eclipse.swt.graphics.FontData[] data = control.getFont().getFontData();
        for (org.eclipse.swt.graphics.FontData each : data) {
            each.setHeight(Math.round(each.getHeight() * 1.5f));
        }
        org.eclipse.swt.graphics.Font larger = new org.eclipse.swt.graphics.Font(control.getDisplay(), data);
        made.add(larger);
        control.setFont(larger);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                enlarge(child, made);
            }
        }
    }

    /** Counts the visible buttons and labels, and adds a line for each that is smaller than its text. */
    private static int findCut(Control control, List<String> cut) {
        if (!control.isVisible()) {
            return 0;
        }
        int checked = 0;
        String text = control instanceof Button button ? button.getText()
                : control instanceof org.eclipse.swt.widgets.Label label ? label.getText() : null;
        if (text != null && !text.isBlank()) {
            checked++;
            org.eclipse.swt.graphics.Point size = control.getSize();
            boolean wraps = (control.getStyle() & SWT.WRAP) != 0;
            org.eclipse.swt.graphics.Point needed = wraps ? control.computeSize(size.x, SWT.DEFAULT, true)
                    : control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
            if ((!wraps && size.x < needed.x) || size.y < needed.y) {
                cut.add("'" + text + "' is " + size.x + "x" + size.y + ", needs " + needed.x + "x" + needed.y);
            }
            int right = control.getBounds().x + size.x;
            int room = control.getParent().getClientArea().width;
            if (right > room) {
                cut.add("'" + text + "' ends at " + right + " in a pane " + room + " wide");
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                checked += findCut(child, cut);
            }
        }
        return checked;
    }
}

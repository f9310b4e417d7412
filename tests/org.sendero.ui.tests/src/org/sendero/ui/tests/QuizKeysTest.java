package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.Question;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.ui.internal.parts.QuizPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.quiz.LocatedQuiz;

/**
 * The quiz answered from the keyboard, as in the terminal quiz: digits choose an option (and turn
 * a check box on and off), and the feedback's "Reread" link opens the reader at its section.
 */
class QuizKeysTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private PartHarness window;
    private QuizPart quiz;
    private ReaderPart reader;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        quiz = window.part(QuizPart.class);
        reader = window.part(ReaderPart.class);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private List<Button> options(int style) {
        return Controls.all(quiz.body(), Button.class).stream().filter(b -> (b.getStyle() & style) != 0).toList();
    }

    private static void type(Button button, char digit) {
        Event key = new Event();
        key.character = digit;
        key.keyCode = digit;
        key.doit = true;
        button.notifyListeners(SWT.KeyDown, key);
    }

    @Test
    void digitsChooseOptionsAndTheRereadLinkOpensTheReader() {
        // a trial: the same screens, and no attempt left half-answered for the other quiz tests
        LibraryModel model = ContextInjectionFactory.make(LibraryModel.class, window.context);
        quiz.tryOut(LocatedQuiz.find(model.loaded().join(), "sendero-starter", "smug-definition-quiz",
                new Languages("en")).orElseThrow());
        boolean sawSingle = false;
        boolean sawMultiple = false;
        boolean reread = false;
        for (int shown = 0; shown < 11 && !(sawSingle && sawMultiple && reread); shown++) {
            final int number = shown;
            window.until(() -> quiz.itemAwaitingAnswer().isPresent(), WAIT,
                    "question " + number + ": " + quiz.bodyTexts());
            PresentedItem item = quiz.itemAwaitingAnswer().orElseThrow();
            if (item.question() instanceof Question.SingleChoice || item.question() instanceof Question.TrueFalse) {
                List<Button> radios = options(SWT.RADIO);
                type(radios.get(0), '2');
                assertEquals(List.of(false, true), radios.stream().limit(2).map(Button::getSelection).toList(),
                        "2 chooses the second option");
                type(radios.get(1), '1');
                assertTrue(radios.get(0).getSelection() && !radios.get(1).getSelection(), "1 chooses the first");
                type(radios.get(0), '9');
                assertTrue(radios.get(0).getSelection(), "a digit past the options changes nothing");
                sawSingle = true;
            } else if (item.question() instanceof Question.MultipleResponse) {
                List<Button> boxes = options(SWT.CHECK);
                type(boxes.get(0), '2');
                assertTrue(boxes.get(1).getSelection(), "2 ticks the second option");
                type(boxes.get(0), '1');
                type(boxes.get(0), '2');
                assertTrue(boxes.get(0).getSelection() && !boxes.get(1).getSelection(),
                        "a digit again clears its box, the others stay");
                sawMultiple = true;
            } else {
                // typed, matched and ordered answers have their own controls: any complete answer will do here
                Controls.all(quiz.body(), org.eclipse.swt.widgets.Text.class).forEach(text -> text.setText("1"));
                Controls.all(quiz.body(), org.eclipse.swt.widgets.Combo.class).forEach(combo -> combo.select(0));
            }
            quiz.primaryButton().notifyListeners(SWT.Selection, new Event());
            window.until(quiz::showsFeedback, WAIT, "the feedback");
            List<Link> rereads = Controls.all(quiz.body(), Link.class);
            if (!reread && !rereads.isEmpty()) {
                Event click = new Event();
                rereads.get(0).notifyListeners(SWT.Selection, click);
                window.until(() -> reader.browser() != null && reader.browser().getUrl().contains("#"), WAIT,
                        "the reader at the section to reread");
                assertFalse(reader.shownTitle().isEmpty());
                reread = true;
            }
            quiz.primaryButton().notifyListeners(SWT.Selection, new Event());
        }
        assertTrue(sawSingle, "a one-answer question was answered with digits");
        assertTrue(sawMultiple, "a several-answer question was answered with digits");
        assertTrue(reread, "a wrong answer's feedback linked to a section to reread");
    }
}

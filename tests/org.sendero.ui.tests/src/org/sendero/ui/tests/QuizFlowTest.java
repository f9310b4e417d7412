package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.ui.internal.quiz.QuizFlow;
import org.sendero.ui.internal.quiz.QuizFlow.Action;
import org.sendero.ui.internal.quiz.QuizFlow.Phase;
import org.sendero.ui.internal.quiz.QuizSession;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.quiz.LocatedQuiz;

/**
 * The steps of a quiz attempt without any widget: an item waits for its answer, is saved, shows
 * its feedback, the next item follows, and the review closes the attempt and offers a retry.
 */
class QuizFlowTest {

    /** A clock that moves only when told to, for the time spent on an item. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private IEclipseContext context;
    private LocatedQuiz located;

    @BeforeEach
    void setUp() {
        context = EclipseContextFactory
                .getServiceContext(FrameworkUtil.getBundle(QuizFlowTest.class).getBundleContext())
                .createChild("quiz flow test");
        LibraryModel model = ContextInjectionFactory.make(LibraryModel.class, context);
        List<org.sendero.core.content.Pack> packs = model.packs().isEmpty() ? model.reload().join() : model.packs();
        LocatedQuiz found = LocatedQuiz.find(packs, "sendero-starter", "smug-definition-quiz", new Languages("en"))
                .orElseThrow();
        Quiz quiz = found.quiz();
        Quiz immediate = new Quiz(quiz.id(), quiz.lang(), quiz.title(), quiz.passMark(), FeedbackTiming.IMMEDIATE,
                quiz.attempts(), quiz.shuffle(), quiz.scenarios(), quiz.items(), quiz.path());
        located = new LocatedQuiz(found.pack(), found.course(), found.module(), immediate);
    }

    @AfterEach
    void tearDown() {
        context.dispose();
    }

    @Test
    void nothingIsAskedBeforeAQuizIsOpened() {
        QuizFlow flow = new QuizFlow();
        assertEquals(Phase.IDLE, flow.phase());
        assertEquals(Action.NONE, flow.action());
        assertTrue(flow.session().isEmpty());
        assertTrue(flow.itemAwaitingAnswer().isEmpty());
        assertTrue(flow.attemptId().isEmpty());
        assertTrue(flow.reviewedScore().isEmpty());
    }

    @Test
    void anAttemptGoesItemByItemFromAnswerToFeedbackToTheReview() throws Exception {
        StepClock clock = new StepClock();
        QuizFlow flow = new QuizFlow(clock);
        QuizSession session = QuizSession.practice(located, 11);
        int count = session.items().size();
        assertTrue(count > 1, "the starter quiz has several items");

        OptionalInt first = flow.begin(session);
        assertEquals(OptionalInt.of(0), first);
        assertTrue(flow.feedbackAfterEachAnswer());
        for (int at = 0; at < count; at++) {
            flow.show(at);
            flow.shown();
            assertEquals(Phase.ANSWERING, flow.phase());
            assertEquals(Action.SUBMIT, flow.action());
            assertEquals(session.items().get(at), flow.itemAwaitingAnswer().orElseThrow());
            clock.advance(Duration.ofSeconds(at + 3));
            assertEquals(Duration.ofSeconds(at + 3), flow.timeOnItem());

            flow.saving();
            assertEquals(Action.NONE, flow.action(), "the button waits while the answer is stored");
            assertTrue(flow.itemAwaitingAnswer().isEmpty());
            session.answer(flow.index(), new Response.Text("not the right kind"), flow.timeOnItem());
            flow.feedback();
            assertTrue(flow.showsFeedback());
            assertEquals(Action.ADVANCE, flow.action());
            assertEquals(at + 1 < count ? OptionalInt.of(at + 1) : OptionalInt.empty(), flow.next());
        }

        QuizScore score = session.finish();
        flow.review(score);
        assertEquals(Phase.REVIEW, flow.phase());
        assertEquals(Action.RETRY, flow.action());
        assertEquals(score, flow.reviewedScore().orElseThrow());
        assertFalse(flow.showsFeedback());
        assertEquals(session.attempt().id(), flow.attemptId().orElseThrow());

        flow.close();
        assertTrue(flow.session().isEmpty());
        assertTrue(flow.reviewedScore().isEmpty(), "the review of a closed attempt is not shown any more");
        assertEquals(Action.NONE, flow.action());
    }

    @Test
    void aResumedAttemptWithEveryItemAnsweredGoesStraightToClosing() throws Exception {
        QuizSession session = QuizSession.practice(located, 5);
        for (int at = 0; at < session.items().size(); at++) {
            session.answer(at, new Response.Text("x"), Duration.ZERO);
        }
        assertEquals(OptionalInt.empty(), new QuizFlow().begin(session));
    }

    @Test
    void aMessageInsteadOfAnItemKeepsTheAttempt() {
        QuizFlow flow = new QuizFlow();
        QuizSession session = QuizSession.practice(located, 3);
        flow.begin(session);
        flow.show(0);
        flow.idle();
        assertEquals(Phase.IDLE, flow.phase());
        assertTrue(flow.itemAwaitingAnswer().isEmpty());
        assertEquals(session, flow.session().orElseThrow());
    }
}

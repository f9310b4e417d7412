package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.Response;
import org.sendero.progress.CompletionService;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressStore;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.quiz.LocatedQuiz;
import org.sendero.ui.internal.quiz.QuizSession;

/**
 * What the quiz part relies on between two answers: an unfinished attempt comes back in the order
 * it was shown with its answers, and a quiz with an attempt limit refuses a further attempt.
 */
class QuizSessionTest {

    private IEclipseContext context;
    private ProgressStore store;
    private CompletionService completion;
    private Learner learner;
    private LocatedQuiz limited;

    @BeforeEach
    void setUp() throws Exception {
        context = EclipseContextFactory
                .getServiceContext(FrameworkUtil.getBundle(QuizSessionTest.class).getBundleContext())
                .createChild("quiz session test");
        store = context.get(ProgressStore.class);
        completion = context.get(CompletionService.class);
        learner = context.get(Learners.class).add("Session " + UUID.randomUUID(), Optional.empty());
        LibraryModel model = ContextInjectionFactory.make(LibraryModel.class, context);
        List<org.sendero.core.content.Pack> packs = model.packs().isEmpty() ? model.reload().join() : model.packs();
        LocatedQuiz located = LocatedQuiz.find(packs, "sendero-starter", "smug-definition-quiz", new Languages("en"))
                .orElseThrow();
        Quiz quiz = located.quiz();
        // the same items with one attempt allowed and feedback at the end, as a trainer may set them
        Quiz once = new Quiz("ui-test-once-" + UUID.randomUUID().toString().substring(0, 8), quiz.lang(), quiz.title(),
                quiz.passMark(), FeedbackTiming.END, 1, quiz.shuffle(), quiz.scenarios(), quiz.items(), quiz.path());
        limited = new LocatedQuiz(located.pack(), located.course(), located.module(), once);
    }

    @AfterEach
    void tearDown() throws Exception {
        context.get(Learners.class).remove(learner.id());
        context.dispose();
    }

    @Test
    void anUnfinishedAttemptResumesInItsOrderAndALimitedQuizRefusesAnotherAttempt() throws Exception {
        QuizSession first = QuizSession.startOrResume(store, completion, learner, limited, 42).orElseThrow();
        assertEquals(1, first.attemptNumber());
        String firstItem = first.items().get(0).question().id();
        first.answer(0, new Response.Text("not even the right kind"), Duration.ofSeconds(3));
        assertEquals(1, first.nextUnanswered(0).getAsInt());

        QuizSession resumed = QuizSession.startOrResume(store, completion, learner, limited, 7).orElseThrow();
        assertEquals(first.attempt().id(), resumed.attempt().id(),
                "the unfinished attempt is resumed, not counted again");
        assertEquals(first.items().stream().map(i -> i.question().id()).toList(),
                resumed.items().stream().map(i -> i.question().id()).toList(), "in the order first shown");
        assertEquals(firstItem, resumed.answers().get(0).item().question().id());
        assertEquals(0.0, resumed.answers().get(0).score().credit());
        assertEquals(1, resumed.nextUnanswered(0).getAsInt(), "it goes on at the first unanswered item");

        var score = resumed.finish();
        assertEquals(0.0, score.scaled(), "one wrong answer of eleven, the others unanswered");
        assertFalse(resumed.mayRetry(), "one attempt allowed");
        assertTrue(QuizSession.startOrResume(store, completion, learner, limited, 9).isEmpty(),
                "no further attempt once the limit is used");
    }
}

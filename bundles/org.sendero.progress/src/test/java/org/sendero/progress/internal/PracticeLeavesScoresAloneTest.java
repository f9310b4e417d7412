package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonRef;
import org.sendero.progress.ModuleProgress;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

/** Practice answers are recorded as practice: a quiz's score, its attempts and completion stay as they were. */
class PracticeLeavesScoresAloneTest {

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final Pack pack = TestContent.pack();
    private final Course course = pack.courses().get(0);
    private ProgressDatabase database;
    private StoreService store;
    private CompletionComponent completion;
    private PracticeComponent practice;
    private Learner ana;

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, clock);
        store = new StoreService(() -> database);
        completion = new CompletionComponent(store);
        practice = new PracticeComponent(() -> database);
        ana = new LearnersService(() -> database, 1000).add("Ana", Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    /** Reads the module's lessons and takes its quiz once with these credits for q1 to q4. */
    private Attempt readAndTake(Module module, double... credits) throws Exception {
        for (String lesson : module.lessonIds()) {
            store.lessonRead(ana.id(), new LessonRef(pack.id(), course.id(), module.id(), lesson), "en");
        }
        var quiz = module.quizzes().get(0);
        Attempt attempt = store.startAttempt(ana.id(), new org.sendero.progress.QuizRef(pack.id(), course.id(),
                module.id(), quiz.id(), "en"), 3);
        List<ItemScore> scores = new ArrayList<>();
        for (int i = 0; i < credits.length; i++) {
            store.recordAnswer(attempt.id(), "q" + (i + 1), new Response.Text("a"), credits[i], Duration.ofSeconds(2));
            scores.add(new ItemScore("q" + (i + 1), credits[i], List.of(), Optional.empty()));
        }
        return store.finishAttempt(attempt.id(), QuizScore.of(quiz, scores), Duration.ofSeconds(8));
    }

    private record Snapshot(List<Attempt> attempts, List<List<RecordedAnswer>> answers, List<Completion> completions,
            List<ModuleProgress> modules) {
    }

    private Snapshot snapshot() throws Exception {
        List<Attempt> attempts = store.attempts(ana.id());
        List<List<RecordedAnswer>> answers = new ArrayList<>();
        for (Attempt attempt : attempts) {
            answers.add(store.answers(attempt.id()));
        }
        List<ModuleProgress> modules = new ArrayList<>();
        for (Module module : course.modules()) {
            modules.add(completion.module(ana.id(), pack.id(), course, module));
        }
        return new Snapshot(attempts, answers, store.completions(ana.id()), modules);
    }

    @Test
    void rightPracticeAnswersNeitherRaiseAScoreNorCompleteAModule() throws Exception {
        Module m1 = course.modules().get(0);
        Module m2 = course.modules().get(1);
        readAndTake(m1, 0, 1, 1, 1); // 75%: passed
        Attempt failed = readAndTake(m2, 0, 0, 1, 1); // 50%: not passed
        assertEquals(List.of(Optional.of("m1")),
                completion.update(ana.id(), pack).stream().map(Completion::moduleId).toList(), "m1 only");
        Snapshot before = snapshot();
        assertFalse(before.modules().get(1).quizPassed());

        String session = UUID.randomUUID().toString();
        for (int day = 1; day <= 40; day++) {
            clock.advance(Duration.ofDays(1));
            for (PracticeItem item : practice.due(ana.id(), ZonedDateTime.now(clock))) {
                practice.record(ana.id(), session, item, new Response.Text("right"), 1, Duration.ofSeconds(1),
                        ZonedDateTime.now(clock));
            }
        }
        assertEquals(12, practice.answers(ana.id()).size(), "three items, each through four boxes");
        assertEquals(List.of(), completion.update(ana.id(), pack), "practice completes nothing");
        assertEquals(before, snapshot(), "attempts, answers, completions and module progress as before");
        assertEquals(0.5, store.attempt(failed.id()).orElseThrow().scaled().getAsDouble(), 1e-9);
    }
}

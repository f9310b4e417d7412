package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.QuizScore;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonRef;
import org.sendero.progress.ModuleProgress;
import org.sendero.progress.NextStep;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

class CompletionTest {

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final Pack pack = TestContent.pack();
    private final Course c1 = pack.courses().get(0);
    private ProgressDatabase database;
    private StoreService store;
    private CompletionComponent completion;
    private Learner ana;

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, clock);
        store = new StoreService(() -> database);
        completion = new CompletionComponent(store);
        ana = new LearnersService(() -> database, 1000).add("Ana", Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private void read(Module module, String lessonId) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        store.lessonRead(ana.id(), new LessonRef(pack.id(), "c1", module.id(), lessonId), "en");
    }

    private Attempt attempt(Module module, double scaled) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        String quizId = module.quizzes().get(0).id();
        Attempt attempt = store.startAttempt(ana.id(), new QuizRef(pack.id(), "c1", module.id(), quizId, "en"), 1);
        QuizScore score = new QuizScore(quizId, 1, List.of(new ItemScore("q1", scaled, List.of(), Optional.empty())),
                scaled, 75);
        return store.finishAttempt(attempt.id(), score, Duration.ofMinutes(2));
    }

    @Test
    void aModuleIsCompleteWhenItsLessonsAreReadAndItsQuizPassed() throws Exception {
        Module m1 = c1.modules().get(0);
        assertEquals(new NextStep.ReadLesson(new LessonRef(pack.id(), "c1", "m1", "m1-l1"), 0),
                completion.next(ana.id(), List.of(pack)), "a new learner starts at the first lesson");
        read(m1, "m1-l1");
        assertEquals(new NextStep.ReadLesson(new LessonRef(pack.id(), "c1", "m1", "m1-l2"), 0),
                completion.next(ana.id(), List.of(pack)));
        read(m1, "m1-l2");
        assertEquals(new NextStep.TakeQuiz(pack.id(), "c1", "m1", "m1-quiz"), completion.next(ana.id(), List.of(pack)));
        attempt(m1, 0.5);
        ModuleProgress failed = completion.module(ana.id(), pack.id(), c1, m1);
        assertFalse(failed.complete());
        assertEquals(1, failed.attemptsStarted());
        assertEquals(List.of(), completion.update(ana.id(), pack));
        attempt(m1, 0.75);
        ModuleProgress passed = completion.module(ana.id(), pack.id(), c1, m1);
        assertTrue(passed.complete());
        assertEquals(0.75, passed.bestScaled().getAsDouble());
        List<Completion> recorded = completion.update(ana.id(), pack);
        assertEquals(List.of(Optional.of("m1")), recorded.stream().map(Completion::moduleId).toList());
        assertEquals(List.of(), completion.update(ana.id(), pack), "recorded once");
        assertEquals(new NextStep.ReadLesson(new LessonRef(pack.id(), "c1", "m2", "m2-l1"), 0),
                completion.next(ana.id(), List.of(pack)));
    }

    @Test
    void readingTimeIsAddedUpPerModuleAndPerCourse() throws Exception {
        Module m1 = c1.modules().get(0);
        Module m2 = c1.modules().get(1);
        Course c2 = pack.courses().get(1);
        spend(m1, "m1-l1", Duration.ofMinutes(3));
        spend(m1, "m1-l2", Duration.ofSeconds(45));
        spend(m1, "m1-l1", Duration.ofMinutes(1));
        spend(m2, m2.lessonIds().get(0), Duration.ofSeconds(20));
        LessonRef other = new LessonRef(pack.id(), "c2", "m3", "m3-l1");
        store.lessonOpened(ana.id(), other, "en");
        store.lessonTime(ana.id(), other, Duration.ofMinutes(7));

        assertEquals(Duration.ofSeconds(4 * 60 + 45), completion.module(ana.id(), pack.id(), c1, m1).timeRead());
        assertEquals(Duration.ofSeconds(20), completion.module(ana.id(), pack.id(), c1, m2).timeRead());
        assertEquals(Duration.ofSeconds(5 * 60 + 5), completion.course(ana.id(), pack.id(), c1).timeRead(),
                "the course adds up its modules, not the other course");
        assertEquals(Duration.ofMinutes(7), completion.course(ana.id(), pack.id(), c2).timeRead());
        Learner beto = new LearnersService(() -> database, 1000).add("Beto", Optional.empty());
        assertEquals(Duration.ZERO, completion.course(beto.id(), pack.id(), c1).timeRead(),
                "another learner's time is theirs");
    }

    private void spend(Module module, String lessonId, Duration time) throws Exception {
        LessonRef lesson = new LessonRef(pack.id(), "c1", module.id(), lessonId);
        store.lessonOpened(ana.id(), lesson, "en");
        store.lessonTime(ana.id(), lesson, time);
    }

    @Test
    void continueReopensTheLessonLeftUnreadAtItsPosition() throws Exception {
        Module m1 = c1.modules().get(0);
        read(m1, "m1-l1");
        LessonRef second = new LessonRef(pack.id(), "c1", "m1", "m1-l2");
        store.lessonOpened(ana.id(), second, "en");
        store.lessonPosition(ana.id(), second, 1234);
        assertEquals(new NextStep.ReadLesson(second, 1234), completion.next(ana.id(), List.of(pack)));
    }

    @Test
    void theCourseWorkedInLastComesFirst() throws Exception {
        clock.advance(Duration.ofMinutes(5));
        LessonRef other = new LessonRef(pack.id(), "c2", "m3", "m3-l2");
        store.lessonRead(ana.id(), other, "en");
        assertEquals(new NextStep.ReadLesson(new LessonRef(pack.id(), "c2", "m3", "m3-l1"), 0),
                completion.next(ana.id(), List.of(pack)));
    }

    @Test
    void aCourseIsCompleteWhenAllItsModulesAreAndAModuleWithoutAttemptsLeftIsSkipped() throws Exception {
        Module m1 = c1.modules().get(0);
        Module m2 = c1.modules().get(1);
        for (Module module : List.of(m1, m2)) {
            read(module, module.id() + "-l1");
            read(module, module.id() + "-l2");
        }
        attempt(m1, 1);
        attempt(m2, 0.25);
        attempt(m2, 0.5);
        ModuleProgress exhausted = completion.module(ana.id(), pack.id(), c1, m2);
        assertEquals(0, exhausted.attemptsLeft());
        assertFalse(completion.course(ana.id(), pack.id(), c1).complete());
        assertEquals(new NextStep.ReadLesson(new LessonRef(pack.id(), "c2", "m3", "m3-l1"), 0),
                completion.next(ana.id(), List.of(pack)), "no attempts left at m2: the trainer must step in");
        // a module with every lesson read and its quiz passed completes the course
        Course shortCourse = new Course("c1", c1.title(), c1.description(), c1.languages(), List.of(m1), 70);
        Pack shorter = new Pack(pack.info(), List.of(), List.of(shortCourse), List.of());
        List<Completion> recorded = completion.update(ana.id(), shorter);
        assertEquals(List.of(Optional.of("m1"), Optional.empty()),
                recorded.stream().map(Completion::moduleId).toList());
        assertTrue(completion.course(ana.id(), pack.id(), shortCourse).complete());
        assertEquals(new NextStep.AllDone(), completion.next(ana.id(), List.of(shorter)));
    }
}

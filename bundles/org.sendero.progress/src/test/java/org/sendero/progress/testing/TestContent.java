package org.sendero.progress.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.LessonRef;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.db.ProgressDatabase;

/** A small pack built in code, and a database with a clock the test moves. */
public final class TestContent {

    private TestContent() {
    }

    /** A clock that stands still until the test moves it. */
    public static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    public static ProgressDatabase database(Path folder, Clock clock) throws ProgressException {
        return ProgressDatabase.open(folder.resolve("progress.db"), clock);
    }

    private static Common common(String id, String scenario, String ref) {
        return new Common(id, "Prompt of " + id, Optional.ofNullable(scenario), ContentLink.parse(ref));
    }

    /** Four items of different kinds; pass mark 75, at most {@code attempts} attempts. */
    public static Quiz quiz(String id, int attempts, FeedbackTiming timing) {
        List<Question> items = List.of(
                new Question.SingleChoice(common("q1", "bus", "guidance:doc#part"), List.of(
                        new Option("Private room", true, "Right: privacy first."),
                        new Option("Counter", false, "Others can hear her there."))),
                new Question.TrueFalse(common("q2", "bus", null), false, "No: verify first.", "Right: verify it."),
                new Question.ShortAnswer(common("q3", null, "guidance:doc#terms"), List.of("trata de personas"),
                        new Feedback("Right.", "The term is trata de personas.")),
                new Question.Ordering(common("q4", null, null), List.of("Greet", "Listen", "Refer"),
                        new Feedback("Right order.", "Greet, listen, then refer.")));
        return new Quiz(id, "en", LocalizedText.of("en", "Check " + id), 75, timing, attempts, false,
                List.of(new Scenario("bus", "A woman arrives on the night bus.")), items, "quiz.en.yaml");
    }

    private static Lesson lesson(String id) {
        return new Lesson(id, "en", "Lesson " + id, 5, List.of(), id + ".en.md", "# " + id, List.of());
    }

    public static Module module(String id, int attempts) {
        return new Module(id, LocalizedText.of("en", "Module " + id), LocalizedText.empty(), Map.of(),
                List.of(id + "-l1", id + "-l2"), List.of(lesson(id + "-l1"), lesson(id + "-l2")),
                List.of(quiz(id + "-quiz", attempts, FeedbackTiming.IMMEDIATE)), List.of("en"));
    }

    /** Pack "test-pack", course "c1" with modules m1 and m2 (m2 allows 2 attempts), course "c2" with m3. */
    public static Pack pack() {
        Course first = new Course("c1", LocalizedText.of("en", "First course"), LocalizedText.empty(), List.of("en"),
                List.of(module("m1", 0), module("m2", 2)), 70);
        Course second = new Course("c2", LocalizedText.of("en", "Second course"), LocalizedText.empty(), List.of("en"),
                List.of(module("m3", 0)), 70);
        PackInfo info = new PackInfo("test-pack", PackVersion.parse("1.0.0"), LocalizedText.of("en", "Test pack"),
                LocalizedText.empty(), List.of("en"), List.of("Tests"), "CC-BY-4.0");
        return new Pack(info, List.of(), List.of(first, second), List.of());
    }

    /**
     * A learner's history in {@link #pack()}: a lesson opened and read four minutes later, another opened, a finished
     * attempt (q1 right, q4 half right), an unfinished one (q2 answered), then the module's and the course's
     * completions.
     */
    public static void recordHistory(ProgressStore store, TestClock clock, String learnerId, String packId)
            throws ProgressException {
        LessonRef lesson = new LessonRef(packId, "c1", "m1", "m1-l1");
        store.lessonOpened(learnerId, lesson, "es");
        clock.advance(Duration.ofMinutes(4));
        store.lessonRead(learnerId, lesson, "es");
        store.lessonOpened(learnerId, new LessonRef(packId, "c1", "m1", "m1-l2"), "en");
        Attempt attempt = store.startAttempt(learnerId, new QuizRef(packId, "c1", "m1", "m1-quiz", "en"), 5);
        clock.advance(Duration.ofSeconds(15));
        store.recordAnswer(attempt.id(), "q1", Response.Choices.of(0), 1, Duration.ofMillis(15_234));
        store.recordAnswer(attempt.id(), "q4", new Response.Order(List.of(1, 0, 2)), 0.5, Duration.ofSeconds(75));
        store.finishAttempt(attempt.id(), new QuizScore("m1-quiz", 4, List.of(new ItemScore("q1", 1, List.of(),
                Optional.empty()), new ItemScore("q4", 0.5, List.of(), Optional.empty())), 0.375, 75),
                Duration.ofSeconds(90));
        Attempt open = store.startAttempt(learnerId, new QuizRef(packId, "c1", "m1", "m1-quiz", "en"), 6);
        store.recordAnswer(open.id(), "q2", new Response.TrueOrFalse(false), 1, Duration.ofSeconds(3));
        store.recordCompletion(learnerId, packId, "c1", Optional.of("m1"));
        store.recordCompletion(learnerId, packId, "c1", Optional.empty());
    }
}

package org.sendero.reports.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.sendero.cli.JsonOutput;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Section;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonRef;
import org.sendero.progress.LessonState;
import org.sendero.progress.QuizRef;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.export.XapiStatements;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Result files as two offices export them, written by the progress export's own statement builder:
 * ten learners A to J take quiz m1-quiz once, with the scores and right answers of {@link #TAKERS};
 * A to E complete module m1; K only opens a lesson of module m2.
 */
public final class OfficeResults {

    public static final URI NORTH = URI.create("https://north.example.org/");
    public static final URI SOUTH = URI.create("https://south.example.org/");
    public static final String PACK = "office-pack";
    public static final String ITEM_PREFIX = "xapi/activities/pack/office-pack/course/c1/module/m1/quiz/m1-quiz/item/";

    /** A learner's attempt: its score, and whether q1 and q2 were right; q3 is answered by A, B, C only. */
    public record Taker(String name, double score, boolean q1, boolean q2, Optional<Boolean> q3) {
    }

    // scores tie at 0.8 (C, D) and at 0.2 (I, J), at the edges of the 27% groups
    public static final List<Taker> TAKERS = List.of(
            new Taker("A", 1.0, true, true, Optional.of(true)),
            new Taker("B", 0.9, true, false, Optional.of(false)),
            new Taker("C", 0.8, true, true, Optional.of(false)),
            new Taker("D", 0.8, false, false, Optional.empty()),
            new Taker("E", 0.6, true, true, Optional.empty()),
            new Taker("F", 0.5, false, true, Optional.empty()),
            new Taker("G", 0.4, true, false, Optional.empty()),
            new Taker("H", 0.3, false, true, Optional.empty()),
            new Taker("I", 0.2, false, false, Optional.empty()),
            new Taker("J", 0.2, false, true, Optional.empty()));

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    private OfficeResults() {
    }

    /** The pack the offices used: course c1 with module m1 (lessons, quiz of q1 to q3) and m2 (lessons). */
    public static Pack pack() {
        List<Question> items = List.of(
                new Question.SingleChoice(common("q1", "Where do you interview a person who may be a victim?",
                        "guidance:interviews#private-room"),
                        List.of(new Question.Option("A private room", true, ""),
                                new Question.Option("At the counter", false, ""))),
                new Question.TrueFalse(common("q2", "A smuggled migrant always consented to be moved.", "lesson:m1-l2"),
                        false, "", ""),
                new Question.ShortAnswer(common("q3", "Name the protocol against smuggling of migrants.", null),
                        List.of("Palermo"), Question.Feedback.NONE));
        Quiz quiz = new Quiz("m1-quiz", "en", LocalizedText.of("en", "Check module 1"), 70, FeedbackTiming.IMMEDIATE, 0,
                false, List.of(), items, "m1/quiz.en.yaml");
        Module m1 = new Module("m1", LocalizedText.of("en", "Telling smuggling from trafficking"),
                LocalizedText.empty(),
                Map.of(), List.of("m1-l1", "m1-l2"), List.of(lesson("m1-l1", "Two crimes"), lesson("m1-l2", "Consent")),
                List.of(quiz), List.of("en"));
        Module m2 = new Module("m2", LocalizedText.of("en", "Referral"), LocalizedText.empty(), Map.of(),
                List.of("m2-l1"), List.of(lesson("m2-l1", "Who to call")), List.of(), List.of("en"));
        Course course = new Course("c1", LocalizedText.of("en", "Border interviews"), LocalizedText.empty(),
                List.of("en"),
                List.of(m1, m2), 70);
        GuidanceDoc interviews = new GuidanceDoc("interviews", "en", "Interview guide", List.of(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), List.of(), "guidance/interviews.en.md", "# Interview guide",
                List.of(new Section("private-room", "A private room", 2, "Always.", OptionalInt.empty())));
        PackInfo info = new PackInfo(PACK, PackVersion.parse("1.0.0"), LocalizedText.of("en", "Office pack"),
                LocalizedText.empty(), List.of("en"), List.of("Trainers"), "CC-BY-4.0");
        return new Pack(info, List.of(interviews), List.of(course), List.of());
    }

    private static Question.Common common(String id, String prompt, String ref) {
        return new Question.Common(id, prompt, Optional.empty(), ContentLink.parse(ref));
    }

    private static Lesson lesson(String id, String title) {
        return new Lesson(id, "en", title, 5, List.of(), id + ".en.md", "# " + title, List.of());
    }

    /** The statements of some takers as one office exports them (home page {@code office}). */
    public static List<Object> statements(URI office, List<Taker> takers) {
        XapiStatements xapi = new XapiStatements(office, List.of(pack()));
        List<Object> statements = new ArrayList<>();
        for (Taker taker : takers) {
            Learner learner = learner(taker.name());
            QuizRef quiz = new QuizRef(PACK, "c1", "m1", "m1-quiz", "en");
            Instant finished = START.plusSeconds(600);
            Attempt attempt = new Attempt("attempt-" + taker.name(), learner.id(), quiz, 1, START,
                    Optional.of(finished),
                    OptionalDouble.of(taker.score()), Optional.of(taker.score() >= 0.7), Duration.ofMinutes(10));
            statements.add(xapi.answered(learner, attempt, answer(attempt, "q1", taker.q1())));
            statements.add(xapi.answered(learner, attempt, answer(attempt, "q2", taker.q2())));
            taker.q3()
                    .ifPresent(right -> statements.add(xapi.answered(learner, attempt, answer(attempt, "q3", right))));
            statements.add(xapi.judged(learner, attempt));
            if ("ABCDE".contains(taker.name())) {
                statements.add(xapi.completed(learner, new Completion("completion-" + taker.name(), learner.id(), PACK,
                        "c1", Optional.of("m1"), finished)));
            }
        }
        return statements;
    }

    /** K opened the first lesson of m2 and did nothing else. */
    public static Object lessonOpenedByK(URI office) {
        LessonState opened = new LessonState("lesson-K", new LessonRef(PACK, "c1", "m2", "m2-l1"), "en", START, START,
                0,
                Optional.empty(), java.time.Duration.ZERO);
        return new XapiStatements(office, List.of(pack())).lessonExperienced(learner("K"), opened);
    }

    public static Learner learner(String name) {
        return new Learner("id-" + name, name, false, START);
    }

    private static RecordedAnswer answer(Attempt attempt, String item, boolean right) {
        return new RecordedAnswer(attempt.id() + "-" + item, attempt.id(), item, new Response.TrueOrFalse(right),
                right ? 1 : 0, START.plusSeconds(60), Duration.ofSeconds(20));
    }

    public static Path write(Path file, List<Object> statements) throws IOException {
        JsonArray array = new JsonArray();
        statements.forEach(statement -> array.add((JsonElement) statement));
        Files.writeString(file, JsonOutput.write(array), StandardCharsets.UTF_8);
        return file;
    }

    public static List<Taker> takers(String names) {
        return TAKERS.stream().filter(t -> names.contains(t.name())).toList();
    }
}

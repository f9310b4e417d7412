package org.sendero.progress.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.ExportOptions;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.LessonRef;
import org.sendero.progress.LessonState;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.internal.ExportService;
import org.sendero.progress.testing.TestContent;

/**
 * The exported text itself, byte for byte, for rows with fixed ids: a Learning Record Store that
 * stored an earlier export must get the very same statements again, so a change to how the JSON is
 * written must not change what is written.
 */
class XapiOutputTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void theExportIsTheSameTextAsBefore() throws Exception {
        Learner ana = new Learner("0b7e4c1e-0000-4000-8000-000000000001", "Ana \"la jefa\" L\u00f3pez <b>&\u0001\u2028",
                false, T0);
        QuizRef quiz = new QuizRef(TestContent.pack().id(), "c1", "m1", "m1-quiz", "en");
        LessonState read = new LessonState("0b7e4c1e-0000-4000-8000-000000000002",
                new LessonRef(TestContent.pack().id(),
                        "c1", "m1", "m1-l1"),
                "es", T0, T0.plusSeconds(60), 3, Optional.of(T0.plusSeconds(240)), Duration.ofSeconds(240));
        LessonState opened = new LessonState("0b7e4c1e-0000-4000-8000-000000000003", new LessonRef("other pack",
                "c 1", "m/1", "l?1"), "fr", T0, T0, 0, Optional.empty(), Duration.ZERO);
        Attempt failed = new Attempt("0b7e4c1e-0000-4000-8000-000000000004", ana.id(), quiz, 5, T0.plusSeconds(300),
                Optional.of(T0.plusSeconds(390)), OptionalDouble.of(0.375), Optional.of(false),
                Duration.ofMillis(90_017));
        Attempt passed = new Attempt("0b7e4c1e-0000-4000-8000-000000000005", ana.id(), quiz, 6, T0.plusSeconds(400),
                Optional.of(T0.plusSeconds(460)), OptionalDouble.of(2 / 3.0), Optional.of(true),
                Duration.ofSeconds(60));
        Attempt perfect = new Attempt("0b7e4c1e-0000-4000-8000-000000000006", ana.id(), quiz, 7, T0.plusSeconds(500),
                Optional.of(T0.plusSeconds(520)), OptionalDouble.of(1.0), Optional.of(true), Duration.ofSeconds(20));
        List<RecordedAnswer> answers = List.of(
                new RecordedAnswer("0b7e4c1e-0000-4000-8000-000000000007", failed.id(), "q1", Response.Choices.of(0), 1,
                        T0.plusSeconds(315), Duration.ofMillis(15_234)),
                new RecordedAnswer("0b7e4c1e-0000-4000-8000-000000000008", failed.id(), "q4",
                        new Response.Order(List.of(1, 0, 2)), 0.5, T0.plusSeconds(390), Duration.ofSeconds(75)),
                new RecordedAnswer("0b7e4c1e-0000-4000-8000-000000000009", failed.id(), "q2",
                        new Response.TrueOrFalse(false),
                        0, T0.plusSeconds(391), Duration.ofSeconds(1)),
                new RecordedAnswer("0b7e4c1e-0000-4000-8000-00000000000a", failed.id(), "q3",
                        new Response.Text("\"quoted\"\t"),
                        1 / 3.0, T0.plusSeconds(392), Duration.ofSeconds(2)));
        List<Completion> completions = List.of(
                new Completion("0b7e4c1e-0000-4000-8000-00000000000b", ana.id(), TestContent.pack().id(), "c1",
                        Optional.of("m1"), T0.plusSeconds(600)),
                new Completion("0b7e4c1e-0000-4000-8000-00000000000c", ana.id(), TestContent.pack().id(), "c1",
                        Optional.empty(), T0.plusSeconds(601)));
        Learners learners = proxy(Learners.class, (name, args) -> name.equals("list") ? List.of(ana) : null);
        ProgressStore store = proxy(ProgressStore.class, (name, args) -> switch (name) {
            case "lessons" -> List.of(read, opened);
            case "attempts" -> List.of(failed, passed, perfect);
            case "answers" -> args[0].equals(failed.id()) ? answers : List.of();
            case "completions" -> completions;
            default -> throw new UnsupportedOperationException(name);
        });

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // no practice: the practice statements have tests of their own (PracticeExportTest)
        PracticeService practice = proxy(PracticeService.class, (name, args) -> List.of());
        new ExportService(learners, store, practice).xapi(out,
                new ExportOptions(URI.create("https://training.example.org/north"),
                        Optional.empty()),
                List.of(TestContent.pack()));

        // written by the export before its JSON went through Gson
        String before = Files.readString(Path.of("src/test/resources/org/sendero/progress/export/xapi-output.json"));
        assertEquals(before, out.toString(StandardCharsets.UTF_8));
    }

    private interface Answer {
        Object of(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (self, method, args) -> answer.of(method.getName(), args)));
    }
}

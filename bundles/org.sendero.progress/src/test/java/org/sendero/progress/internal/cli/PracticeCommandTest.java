package org.sendero.progress.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.content.PackReport;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.PracticeAnswer;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.LearnersService;
import org.sendero.progress.internal.PracticeComponent;
import org.sendero.progress.internal.StoreService;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

/** sendero practice driven through its command line, with the answers on stdin and days that pass. */
class PracticeCommandTest {

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final Pack pack = TestContent.pack();
    private ProgressDatabase database;
    private PracticeComponent practice;
    private Learner ana;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, clock);
        practice = new PracticeComponent(() -> database);
        ana = new LearnersService(() -> database, 1000).add("Ana", Optional.empty());
        StoreService store = new StoreService(() -> database);
        Attempt attempt = store.startAttempt(ana.id(), new QuizRef(pack.id(), "c1", "m1", "m1-quiz", "en"), 7);
        store.recordAnswer(attempt.id(), "q1", Response.Choices.of(1), 0, Duration.ofSeconds(5));
        store.recordAnswer(attempt.id(), "q2", new Response.TrueOrFalse(true), 0, Duration.ofSeconds(5));
        store.recordAnswer(attempt.id(), "q3", new Response.Text("trata de personas"), 1, Duration.ofSeconds(5));
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private int run(String input, String... arguments) {
        out.reset();
        err.reset();
        ContentLibrary library = (ContentLibrary) Proxy.newProxyInstance(ContentLibrary.class.getClassLoader(),
                new Class<?>[] { ContentLibrary.class }, (self, method, args) -> switch (method.getName()) {
                    case "installed" -> List.of(new InstalledPack(pack.info(), temp, Optional.empty()));
                    case "load" -> new PackReport(Optional.of(pack), List.of());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        PracticeCommand command = new PracticeCommand(library, new LearnersService(() -> database, 1000), practice,
                () -> new Terminal(new BufferedReader(new StringReader(input)), null), clock);
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theQuestionsAnsweredWronglyComeBackDayAfterDay() throws Exception {
        assertEquals(0, run("", "--learner", "Ana"));
        assertEquals("No questions due; next on 2026-11-28.\n", out());

        clock.advance(Duration.ofDays(1));
        assertEquals(0, run("1\nmaybe\nfalse\n", "--learner", "ana"));
        assertEquals("Practice for Ana: 2 questions due.\n\n"
                + "Situation: A woman arrives on the night bus.\n"
                + "Question 1 of 2: Prompt of q1\n  1. Private room\n  2. Counter\nType the number of one option.\n"
                + "> Recorded.\nCorrect.\n  Right: privacy first.\n"
                + "Box 2 of 4: back on 2026-12-01.\n\n"
                + "Question 2 of 2: Prompt of q2\nType true or false.\n> > Recorded.\nCorrect.\n  Right: verify it.\n"
                + "Box 2 of 4: back on 2026-12-01.\n\n"
                + "Practised 2 questions: 2 right.\nNext practice on 2026-12-01.\n", out());
        assertEquals("type true or false (t or f)\n", err());
        List<PracticeAnswer> stored = practice.answers(ana.id());
        assertEquals(List.of(Response.Choices.of(0), new Response.TrueOrFalse(false)),
                stored.stream().map(PracticeAnswer::response).toList(), "recorded as answered");

        clock.advance(Duration.ofDays(3));
        assertEquals(1, run("2\n", "--learner", "Ana"));
        assertTrue(out().contains("> Recorded.\nNot correct.\n  Others can hear her there.\n"
                + "  Reread: guidance:doc#part\nBox 1 of 4: back on 2026-12-02.\n"), out());
        assertTrue(out().endsWith("Stopped. Your answers so far are saved; the questions not answered stay due.\n"),
                out());
        assertEquals(List.of("q2"), practice.due(ana.id(), ZonedDateTime.now(clock)).stream()
                .map(PracticeItem::itemId).toList(), "the question not answered is still due");

        assertEquals(0, run("", "--learner", "Ana", "--json"));
        JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals("2026-12-01", json.get("today").getAsString());
        assertEquals(1, json.get("due").getAsInt());
        assertEquals(1, json.get("waiting").getAsInt());
        assertEquals("2026-12-02", json.get("next").getAsString());
        JsonObject item = json.getAsJsonArray("items").get(0).getAsJsonObject();
        assertEquals("m1-quiz", item.get("quiz").getAsString());
        assertEquals("q2", item.get("item").getAsString());
        assertEquals(2, item.get("box").getAsInt());
    }

    @Test
    void aLearnerIsNeededAndMustExist() {
        assertEquals(2, run("", "--json"));
        assertEquals("sendero practice: --learner NAME is needed: practice is each learner's own\n", err());
        assertEquals(1, run("", "--learner", "Zed"));
        assertEquals("sendero practice: no learner called 'Zed'; add one with: sendero learners add NAME\n", err());
    }
}

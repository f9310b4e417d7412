package org.sendero.progress.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.ExportOptions;
import org.sendero.progress.Learner;
import org.sendero.progress.PracticeAnswer;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.ExportService;
import org.sendero.progress.internal.LearnersService;
import org.sendero.progress.internal.PracticeComponent;
import org.sendero.progress.internal.StoreService;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

/** Practice answers leave the PC as "answered" statements of their own, marked as practice. */
class PracticeExportTest {

    private static final URI HOME = URI.create("https://training.example.org/north/");

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final Pack pack = TestContent.pack();
    private ProgressDatabase database;
    private ExportService export;
    private PracticeComponent practice;
    private Learner ana;
    private final String session = UUID.randomUUID().toString();

    @BeforeEach
    void record() throws Exception {
        database = TestContent.database(temp, clock);
        LearnersService learners = new LearnersService(() -> database, 1000);
        StoreService store = new StoreService(() -> database);
        practice = new PracticeComponent(() -> database);
        export = new ExportService(learners, store, practice);
        ana = learners.add("Ana", Optional.empty());
        Attempt attempt = store.startAttempt(ana.id(), new QuizRef(pack.id(), "c1", "m1", "m1-quiz", "en"), 5);
        store.recordAnswer(attempt.id(), "q1", Response.Choices.of(1), 0, Duration.ofSeconds(9));
        clock.advance(Duration.ofDays(1));
        practise(Response.Choices.of(0), 1);
        clock.advance(Duration.ofDays(3));
        practise(Response.Choices.of(1), 0);
    }

    private void practise(Response response, double credit) throws Exception {
        PracticeItem item = practice.due(ana.id(), ZonedDateTime.now(clock)).get(0);
        practice.record(ana.id(), session, item, response, credit, Duration.ofMillis(6_789), ZonedDateTime.now(clock));
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private String exported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xapi(out, new ExportOptions(HOME, Optional.empty()), List.of(pack));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Optional<JsonElement> extension(JsonObject statement) {
        JsonObject context = statement.getAsJsonObject("context");
        return context.has("extensions")
                ? Optional.ofNullable(context.getAsJsonObject("extensions").get(XapiStatements.PRACTICE_EXTENSION))
                : Optional.empty();
    }

    @Test
    void practiceAnswersAreAnsweredStatementsWithThePracticeExtensionAndStableIds() throws Exception {
        String first = exported();
        assertEquals(first, exported(), "exporting twice gives the same statements");
        JsonArray all = JsonParser.parseString(first).getAsJsonArray();
        List<JsonObject> practised = all.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(s -> extension(s).isPresent()).toList();
        List<PracticeAnswer> stored = practice.answers(ana.id());
        assertEquals(2, practised.size(), first);
        assertEquals(2, stored.size());

        for (int i = 0; i < 2; i++) {
            JsonObject statement = practised.get(i);
            PracticeAnswer answer = stored.get(i);
            assertEquals(XapiStatements.statementId("answered", answer.id()), statement.get("id").getAsString());
            assertEquals("http://adlnet.gov/expapi/verbs/answered",
                    statement.getAsJsonObject("verb").get("id").getAsString());
            assertEquals(HOME + "xapi/activities/pack/test-pack/course/c1/module/m1/quiz/m1-quiz/item/q1",
                    statement.getAsJsonObject("object").get("id").getAsString());
            assertEquals(answer.answered().toString(), statement.get("timestamp").getAsString());
            JsonObject context = statement.getAsJsonObject("context");
            assertEquals(session, context.get("registration").getAsString(), "the practice session");
            assertEquals(HOME + "xapi/activities/pack/test-pack/course/c1/module/m1/quiz/m1-quiz",
                    context.getAsJsonObject("contextActivities").getAsJsonArray("parent").get(0).getAsJsonObject()
                            .get("id").getAsString());
            JsonObject result = statement.getAsJsonObject("result");
            assertEquals(answer.response().encode(), result.get("response").getAsString());
            assertEquals("PT6.78S", result.get("duration").getAsString());
        }
        JsonObject up = extension(practised.get(0)).orElseThrow().getAsJsonObject();
        assertEquals(1, up.get("box_before").getAsInt());
        assertEquals(2, up.get("box_after").getAsInt());
        assertTrue(practised.get(0).getAsJsonObject("result").get("success").getAsBoolean());
        JsonObject down = extension(practised.get(1)).orElseThrow().getAsJsonObject();
        assertEquals(2, down.get("box_before").getAsInt());
        assertEquals(1, down.get("box_after").getAsInt());
        assertFalse(practised.get(1).getAsJsonObject("result").get("success").getAsBoolean());

        // the quiz answer is exported as before, without the extension, under an id of its own
        List<JsonObject> quizAnswers = all.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(s -> s.getAsJsonObject("verb").get("id").getAsString().endsWith("/answered"))
                .filter(s -> extension(s).isEmpty()).toList();
        assertEquals(1, quizAnswers.size());
        assertEquals(3, all.asList().stream().map(s -> s.getAsJsonObject().get("id").getAsString()).distinct()
                .filter(id -> practised.stream().anyMatch(p -> p.get("id").getAsString().equals(id))
                        || quizAnswers.get(0).get("id").getAsString().equals(id))
                .count(), "three different ids");
    }
}

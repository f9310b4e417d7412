package org.sendero.progress.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.Pack;
import org.sendero.progress.ExportOptions;
import org.sendero.progress.Learner;
import org.sendero.progress.internal.ExportService;
import org.sendero.progress.internal.LearnersService;
import org.sendero.progress.internal.PracticeComponent;
import org.sendero.progress.internal.StoreService;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The exported statements checked against the xAPI 1.0.3 rules for the properties they use (Data
 * section 2.4): read back with a YAML 1.2 parser, which reads JSON.
 */
class XapiExportTest {

    private static final Pattern UUID_FORMAT = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern DURATION = Pattern
            .compile("P(?:\\d+D)?T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d{1,2})?S)?");
    private static final Set<String> VERBS = Set.of("experienced", "answered", "passed", "failed", "completed");
    private static final URI HOME = URI.create("https://training.example.org/north/");

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final Pack pack = TestContent.pack();
    private ProgressDatabase database;
    private ExportService export;

    @BeforeEach
    void record() throws Exception {
        database = TestContent.database(temp, clock);
        LearnersService learners = new LearnersService(() -> database, 1000);
        StoreService store = new StoreService(() -> database);
        export = new ExportService(learners, store, new PracticeComponent(() -> database));
        Learner ana = learners.add("Ana \"la jefa\" López", Optional.empty());
        learners.add("Ben", Optional.empty());
        TestContent.recordHistory(store, clock, ana.id(), pack.id());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> statements() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xapi(out, new ExportOptions(HOME, Optional.empty()), List.of(pack));
        Object parsed = new Load(LoadSettings.builder().build()).loadFromString(out.toString(StandardCharsets.UTF_8));
        return (List<Map<String, Object>>) parsed;
    }

    @Test
    void everyStatementHasTheRequiredPropertiesInTheirFormats() throws Exception {
        List<Map<String, Object>> statements = statements();
        assertEquals(List.of("experienced", "completed", "experienced", "answered", "answered", "failed", "answered",
                "completed", "completed"), statements.stream().map(s -> verbName(s)).toList());
        for (Map<String, Object> statement : statements) {
            assertTrue(UUID_FORMAT.matcher((String) statement.get("id")).matches(), statement.get("id").toString());
            Map<String, Object> actor = map(statement, "actor");
            assertEquals("Agent", actor.get("objectType"));
            Map<String, Object> account = map(actor, "account");
            assertEquals(HOME.toString(), account.get("homePage"));
            assertTrue(UUID_FORMAT.matcher((String) account.get("name")).matches());
            assertEquals(1,
                    actor.keySet().stream().filter(Set.of("mbox", "mbox_sha1sum", "openid", "account")::contains)
                            .count(),
                    "exactly one inverse functional identifier");
            Map<String, Object> verb = map(statement, "verb");
            assertTrue(VERBS.contains(verbName(statement)));
            assertEquals("http://adlnet.gov/expapi/verbs/" + verbName(statement), verb.get("id"));
            assertEquals(verbName(statement), map(verb, "display").get("en-US"));
            Map<String, Object> object = map(statement, "object");
            assertEquals("Activity", object.get("objectType"));
            assertTrue(((String) object.get("id")).startsWith(HOME + "xapi/activities/pack/test-pack/"));
            URI.create((String) object.get("id"));
            assertTrue(((String) map(object, "definition").get("type"))
                    .startsWith("http://adlnet.gov/expapi/activities/"));
            Instant.parse((String) statement.get("timestamp"));
            assertEquals("1.0.3", statement.get("version"));
            Map<String, Object> context = map(statement, "context");
            Map<String, Object> activities = map(context, "contextActivities");
            for (Object list : activities.values()) {
                for (Object activity : (List<?>) list) {
                    assertEquals("Activity", ((Map<?, ?>) activity).get("objectType"));
                    assertNotNull(((Map<?, ?>) activity).get("id"));
                }
            }
            if (statement.containsKey("result")) {
                Map<String, Object> result = map(statement, "result");
                if (result.containsKey("duration")) {
                    assertTrue(DURATION.matcher((String) result.get("duration")).matches(),
                            result.get("duration").toString());
                }
                if (result.containsKey("score")) {
                    Map<String, Object> score = map(result, "score");
                    double scaled = ((Number) score.get("scaled")).doubleValue();
                    double raw = ((Number) score.get("raw")).doubleValue();
                    assertTrue(scaled >= -1 && scaled <= 1);
                    assertTrue(raw >= ((Number) score.get("min")).doubleValue()
                            && raw <= ((Number) score.get("max")).doubleValue());
                }
            }
        }
    }

    @Test
    void attemptStatementsCarryTheirRegistrationScoresAndActivities() throws Exception {
        List<Map<String, Object>> statements = statements();
        Map<String, Object> partial = statements.get(4);
        Map<String, Object> result = map(partial, "result");
        assertEquals(Map.of("scaled", 0.5, "raw", 0.5, "min", 0, "max", 1), map(result, "score"));
        assertEquals(false, result.get("success"));
        assertEquals("order:1,0,2", result.get("response"));
        assertEquals("PT1M15S", result.get("duration"));
        assertEquals("PT15.23S", map(statements.get(3), "result").get("duration"), "hundredths of a second");
        Map<String, Object> failed = statements.get(5);
        assertEquals(Map.of("scaled", 0.375, "raw", 37.5, "min", 0, "max", 100), map(map(failed, "result"), "score"));
        assertEquals(false, map(failed, "result").get("success"));
        assertEquals(true, map(failed, "result").get("completion"));
        String registration = (String) map(failed, "context").get("registration");
        assertEquals(registration, map(partial, "context").get("registration"), "one registration per attempt");
        assertFalse(registration.equals(map(statements.get(6), "context").get("registration")));
        Map<String, Object> item = map(partial, "object");
        assertEquals(HOME + "xapi/activities/pack/test-pack/course/c1/module/m1/quiz/m1-quiz/item/q4", item.get("id"));
        assertEquals("sequencing", map(item, "definition").get("interactionType"));
        assertEquals(Map.of("en", "Prompt of q4"), map(item, "definition").get("name"));
        Map<String, Object> activities = map(map(partial, "context"), "contextActivities");
        assertEquals(HOME + "xapi/activities/pack/test-pack/course/c1/module/m1/quiz/m1-quiz",
                ((Map<?, ?>) ((List<?>) activities.get("parent")).get(0)).get("id"));
        assertEquals(3, ((List<?>) activities.get("grouping")).size(), "module, course and pack");
        assertEquals("Ana \"la jefa\" López", map(partial, "actor").get("name"));
        assertEquals("es", map(statements.get(0), "context").get("language"));
        assertEquals(Map.of("en", "Module m1"), map(map(statements.get(7), "object"), "definition").get("name"));
    }

    @Test
    void exportingTwiceGivesTheSameIdsAndNoIdTwice() throws Exception {
        List<Object> first = statements().stream().map(s -> s.get("id")).toList();
        clock.advance(Duration.ofDays(3));
        List<Object> second = statements().stream().map(s -> s.get("id")).toList();
        assertEquals(first, second);
        assertEquals(first.size(), new HashSet<>(first).size());
        assertEquals(statements(), statements(), "the same content too, so an LRS sees no conflict");
    }

    @Test
    void statementIdsAreNameBasedUuids() {
        String id = XapiStatements.statementId("answered", "5f0c9e52-35a4-4e8b-9d1c-2c1c0d0e7a11");
        assertEquals(id, XapiStatements.statementId("answered", "5f0c9e52-35a4-4e8b-9d1c-2c1c0d0e7a11"));
        assertEquals(3, UUID.fromString(id).version());
        assertFalse(id.equals(XapiStatements.statementId("completed", "5f0c9e52-35a4-4e8b-9d1c-2c1c0d0e7a11")));
    }

    @Test
    void csvHasAByteOrderMarkNumbersAsNumbersAndOneRowPerLearnerAndModule() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csvModules(out, new ExportOptions(HOME, Optional.empty()), List.of(pack));
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals(String.join(",", ExportService.MODULE_COLUMNS), lines.get(0));
        assertEquals(1 + 2 * 3, lines.size(), "two learners, three modules");
        assertTrue(lines.get(1)
                .matches("\"Ana \"\"la jefa\"\" López\",[0-9a-f-]{36},test-pack,c1,m1,1,2,2,37.5,false,false,"
                        + "2026-11-27T09:04:15Z,0"),
                lines.get(1));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), "CRLF as RFC 4180 says");

        out.reset();
        export.csvAnswers(out, new ExportOptions(HOME, Optional.empty()));
        List<String> answers = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(String.join(",", ExportService.ANSWER_COLUMNS), answers.get(0));
        assertEquals(4, answers.size());
        assertTrue(answers.get(2).endsWith(",q4,\"order:1,0,2\",0.5,false,2026-11-27T09:04:15Z,75"), answers.get(2));
    }

    @Test
    void csvQuotesWhatASpreadsheetWouldRunAsAFormula() {
        assertEquals("\"'=HYPERLINK(1)\"", Csv.text("=HYPERLINK(1)"));
        assertEquals("plain", Csv.text("plain"));
        assertEquals("\"a,b\"", Csv.text("a,b"));
        // spreadsheets skip a leading TAB, CR or NUL and still run what follows
        assertEquals("\"'\t=cmd\"", Csv.text("\t=cmd"));
        assertEquals("\"'\r=cmd\"", Csv.text("\r=cmd"));
        assertEquals("\"'\0=cmd\"", Csv.text("\0=cmd"));
        assertEquals("\"'+1\"", Csv.text("+1"));
        assertEquals("\"'@SUM(A1)\"", Csv.text("@SUM(A1)"));
    }

    @Test
    void csvWritesWholeNumbersWithoutAFractionAndLongsWithEveryDigit() {
        assertEquals("9223372036854775807", Csv.number(Long.MAX_VALUE));
        assertEquals("80", Csv.number(80.0));
        assertEquals("37.5", Csv.number(37.5));
        assertEquals("0.0001", Csv.number(0.0001));
    }

    private static String verbName(Map<String, Object> statement) {
        String id = (String) map(statement, "verb").get("id");
        return id.substring(id.lastIndexOf('/') + 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertNotNull(value, key + " is missing");
        return (Map<String, Object>) value;
    }
}

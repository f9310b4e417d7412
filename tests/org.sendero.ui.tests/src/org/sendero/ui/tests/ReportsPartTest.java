package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.ui.internal.reports.ReportsPart;

/**
 * The trainer's reports part, created by injection with the running framework's report services:
 * result files of two computers (one statement exported twice) fill the completion matrix, the
 * question table that sorts by a clicked heading, the most-missed list and the exports.
 */
class ReportsPartTest {

    private static final String HOME = "https://north.example.org/";
    private static final String QUIZ = HOME + "xapi/activities/pack/demo/course/c1/module/m1/quiz/m1-quiz/item/";
    private static final Duration READ = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private PartHarness window;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    /** An answer statement as the progress export writes it (the parts a report reads). */
    private static String answered(String id, String learner, String item, String prompt, boolean right) {
        return """
                {"id": "%s", "actor": {"objectType": "Agent", "name": "%s", "account": {"homePage": "%s", "name": "id-%s"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
                 "object": {"objectType": "Activity", "id": "%s%s", "definition": {"name": {"en": "%s"}}},
                 "result": {"score": {"scaled": %d, "raw": %d, "min": 0, "max": 1}, "success": %s},
                 "context": {"registration": "attempt-%s"}, "version": "1.0.3"}
                """
                .formatted(id, learner, HOME, learner, QUIZ, item, prompt, right ? 1 : 0, right ? 1 : 0, right,
                        learner);
    }

    private static String moduleCompleted(String id, String learner) {
        return """
                {"id": "%s", "actor": {"objectType": "Agent", "name": "%s", "account": {"homePage": "%s", "name": "id-%s"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"objectType": "Activity", "id": "%sxapi/activities/pack/demo/course/c1/module/m1",
                            "definition": {"name": {"en": "Interviews"}}},
                 "result": {"completion": true}, "version": "1.0.3"}
                """
                .formatted(id, learner, HOME, learner, HOME);
    }

    private Path file(String name, List<String> statements) throws Exception {
        return Files.writeString(temp.resolve(name), "[" + String.join(",\n", statements) + "]",
                StandardCharsets.UTF_8);
    }

    @Test
    void resultFilesFillTheTablesAndTheExports() throws Exception {
        List<String> ana = List.of(answered("a1", "Ana", "q1", "Where to interview?", true),
                answered("a2", "Ana", "q2", "Who decides on asylum?", true), moduleCompleted("a3", "Ana"));
        List<String> ben = new ArrayList<>(List.of(answered("b1", "Ben", "q1", "Where to interview?", true),
                answered("b2", "Ben", "q2", "Who decides on asylum?", false)));
        ben.add(ana.get(0)); // Ana's first answer came along on Ben's stick too
        Path first = file("ana.json", ana);
        Path second = file("ben.json", ben);
        Path broken = Files.writeString(temp.resolve("broken.json"), "[{\"id\": \"x\",\n \"verb\": [}\n");

        ReportsPart part = window.part(ReportsPart.class);
        assertTrue(part.statusText().contains("sendero progress export --format xapi"), part.statusText());
        part.addFiles(List.of(first, second, broken));
        window.until(() -> part.report().isPresent(), READ, "the files are read: " + part.statusText());

        assertEquals("2 files, 5 statements (1 met again and counted once), 2 learners, 2 questions.",
                part.statusText());
        assertTrue(part.problemsText().contains("broken.json:2:"), part.problemsText());

        Table completion = part.completionViewer().getTable();
        assertEquals(List.of("Learner", "Interviews"), headings(completion));
        assertEquals(List.of("Ana", "Completed"), row(completion, 0));
        assertEquals(List.of("Ben", "In progress"), row(completion, 1));

        Table questions = part.questionViewer().getTable();
        assertEquals(
                List.of("Module", "Item", "Question", "Answers", "Difficulty", "Discrimination", "Guidance to reread"),
                headings(questions));
        // q1: Ana and Ben right, 2 of 2 -> 1.00; q2: Ana right, Ben wrong -> 0.50; 2 answers: no discrimination
        assertEquals(List.of("m1", "q1", "Where to interview?", "2", "1.00", "\u2013", ""), row(questions, 0));
        assertEquals(List.of("m1", "q2", "Who decides on asylum?", "2", "0.50", "\u2013", ""), row(questions, 1));

        TableColumn difficulty = questions.getColumn(4);
        difficulty.notifyListeners(SWT.Selection, new Event());
        assertEquals("q2", row(questions, 0).get(1), "easiest last when sorted up by difficulty");
        assertEquals(SWT.UP, questions.getSortDirection());
        difficulty.notifyListeners(SWT.Selection, new Event());
        assertEquals("q1", row(questions, 0).get(1), "a second click turns the order round");
        assertEquals(SWT.DOWN, questions.getSortDirection());
        // from the keyboard: the table's context menu sorts as the headings do
        org.eclipse.swt.widgets.MenuItem byItem = questions.getMenu().getItem(1);
        assertEquals("Sort by Item", byItem.getText());
        byItem.notifyListeners(SWT.Selection, new Event());
        byItem.notifyListeners(SWT.Selection, new Event());
        assertEquals("q2", row(questions, 0).get(1), "item ids the other way round");
        assertEquals(questions.getColumn(1), questions.getSortColumn());

        Table missed = part.missedViewer().getTable();
        assertEquals(1, missed.getItemCount(), "only q2 was ever answered wrong");
        assertEquals(List.of("1", "Who decides on asylum?", "1/2", "0.50", QUIZ + "q2"), row(missed, 0));
        assertTrue(part.chartDescription().contains("q2 \u2013 Who decides on asylum?: 0.50"), part.chartDescription());

        part.exportCsv(temp.resolve("tables"));
        assertTrue(part.statusText().startsWith("Wrote 4 CSV files"), part.statusText());
        assertTrue(Files.readString(temp.resolve("tables/completion.csv")).contains("Ana,id-Ana,completed"));
        part.saveHtml(temp.resolve("report.html"));
        assertTrue(Files.readString(temp.resolve("report.html")).contains("Who decides on asylum?"));
        part.savePdf(temp.resolve("report.pdf"));
        assertTrue(Files.size(temp.resolve("report.pdf")) > 1000, part.statusText());
        assertEquals(Locale.US, Locale.getDefault(), "the tests read what an English-speaking trainer sees");

        part.clear();
        window.until(() -> part.report().isEmpty(), READ, "clearing forgets the files");
        assertEquals(0, completion.getItemCount());
    }

    private static List<String> headings(Table table) {
        return java.util.Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
    }

    private static List<String> row(Table table, int index) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            cells.add(table.getItem(index).getText(c));
        }
        return cells;
    }
}

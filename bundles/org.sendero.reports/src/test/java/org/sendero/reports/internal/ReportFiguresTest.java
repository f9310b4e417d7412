package org.sendero.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.reports.testing.OfficeResults.NORTH;
import static org.sendero.reports.testing.OfficeResults.SOUTH;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.reports.CompletionMatrix;
import org.sendero.reports.CompletionState;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.QuestionStats;
import org.sendero.reports.ReportData;
import org.sendero.reports.internal.stats.ReportAssembler;
import org.sendero.reports.testing.OfficeResults;

/**
 * The figures of a report over the result files of two offices, checked against sums done by hand
 * from {@link OfficeResults#TAKERS}.
 */
class ReportFiguresTest {

    private static final double EXACT = 1e-9;

    @TempDir
    Path temp;

    private Path north;
    private Path south;
    private Path northAgain;

    @BeforeEach
    void writeFiles() throws Exception {
        List<Object> northStatements = new ArrayList<>(OfficeResults.statements(NORTH, OfficeResults.takers("ABCDE")));
        northStatements.add(OfficeResults.lessonOpenedByK(NORTH));
        north = OfficeResults.write(temp.resolve("north.json"), northStatements);
        south = OfficeResults.write(temp.resolve("south.json"),
                OfficeResults.statements(SOUTH, OfficeResults.takers("FGHIJ")));
        // A and B exported again on the same computer a week later: the same statements, the same ids
        northAgain = OfficeResults.write(temp.resolve("north-again.json"), OfficeResults.statements(NORTH,
                OfficeResults.takers("AB")));
    }

    private ReportData report(Path... files) {
        return new ReportAssembler().build(List.of(files), List.of(OfficeResults.pack()), "en");
    }

    private static QuestionStats question(ReportData report, String item) {
        return report.questions().stream().filter(q -> q.itemId().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void difficultyAndDiscriminationAreTheHandWorkedFigures() {
        ReportData report = report(north, south);
        assertEquals(List.of("q1", "q2", "q3"), report.questions().stream().map(QuestionStats::itemId).toList(),
                "in the quiz's order");

        // q1: right for A B C E G = 5 of 10 answers -> difficulty 5/10 = 0.5.
        // 10 answers -> each 27% group holds round(0.27 * 10) = round(2.7) = 3 answers.
        // Upper group by attempt score: A (1.0, right), B (0.9, right), then C and D tie at 0.8 for the one
        // place left: they share it, half each: C right 0.5 + D wrong 0 -> (1 + 1 + 0.5) / 3 = 2.5/3.
        // Lower group: I and J tie at 0.2 and both fit (2 places), both wrong; then H (0.3) wrong -> 0/3.
        // Discrimination = 2.5/3 - 0 = 0.8333...
        QuestionStats q1 = question(report, "q1");
        assertEquals(10, q1.answers());
        assertEquals(5, q1.correct());
        assertEquals(0.5, q1.difficulty(), EXACT);
        assertEquals(2.5 / 3, q1.discrimination().orElseThrow(), EXACT);

        // q2: right for A C E F H J = 6 of 10 -> difficulty 0.6.
        // Upper: A right 1 + B wrong 0 + (C right, D wrong) sharing one place 0.5 -> 1.5/3 = 0.5.
        // Lower: I wrong 0 + J right 1 (both in), then H right 1 -> 2/3.
        // Discrimination = 0.5 - 2/3 = -1/6: the weaker learners got it right more often.
        QuestionStats q2 = question(report, "q2");
        assertEquals(10, q2.answers());
        assertEquals(6, q2.correct());
        assertEquals(0.6, q2.difficulty(), EXACT);
        assertEquals(0.5 - 2.0 / 3, q2.discrimination().orElseThrow(), EXACT);

        // q3: answered by A (right), B and C (wrong) -> 1/3; 3 answers are fewer than 4: no discrimination
        QuestionStats q3 = question(report, "q3");
        assertEquals(3, q3.answers());
        assertEquals(1.0 / 3, q3.difficulty(), EXACT);
        assertTrue(q3.discrimination().isEmpty());
    }

    @Test
    void theSameStatementInSeveralFilesCountsOnce() {
        ReportData once = report(north, south);
        ReportData twice = report(north, south, northAgain, south);
        // A, B, C: 3 answers + judged + completed = 5 each; D, E: 2 answers + judged + completed = 4 each;
        // K: 1 lesson opened; F to J: 2 answers + judged = 3 each -> 15 + 8 + 1 + 15 = 39
        assertEquals(39, once.statements());
        assertEquals(0, once.duplicates());
        assertEquals(39, twice.statements());
        // north-again: A and B, 5 statements each = 10; south again: 15
        assertEquals(25, twice.duplicates());
        assertEquals(once.questions(), twice.questions());
        assertEquals(once.completion(), twice.completion());
    }

    @Test
    void theCompletionMatrixShowsCompletedStartedAndNotStartedModules() {
        CompletionMatrix matrix = report(north, south).completion();
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"),
                matrix.learners().stream().map(l -> l.name()).toList());
        assertEquals(List.of("office-pack/c1/m1", "office-pack/c1/m2"),
                matrix.modules().stream().map(m -> m.path()).toList());
        assertEquals("Telling smuggling from trafficking", matrix.modules().get(0).title());
        for (int l = 0; l < 5; l++) {
            assertEquals(List.of(CompletionState.COMPLETED, CompletionState.NOT_STARTED), matrix.states().get(l));
        }
        for (int l = 5; l < 10; l++) {
            assertEquals(List.of(CompletionState.IN_PROGRESS, CompletionState.NOT_STARTED), matrix.states().get(l));
        }
        assertEquals(List.of(CompletionState.NOT_STARTED, CompletionState.IN_PROGRESS), matrix.states().get(10));
        assertEquals(NORTH.toString(), matrix.learners().get(0).homePage());
        assertEquals(SOUTH.toString(), matrix.learners().get(5).homePage());
    }

    @Test
    void mostMissedComeWithTheGuidanceOfTheInstalledPack() {
        ReportData report = report(north, south);
        assertEquals(List.of("q3", "q1", "q2"), report.mostMissed().stream().map(QuestionStats::itemId).toList());
        QuestionStats q1 = report.mostMissed().get(1);
        assertEquals(Optional.of("guidance:interviews#private-room"), q1.ref());
        assertEquals(Optional.of("Interview guide \u203a A private room"), q1.refTitle());
        assertEquals(Optional.of("Consent"), report.mostMissed().get(2).refTitle());
        assertEquals("Where do you interview a person who may be a victim?", q1.title());
        assertEquals(NORTH + OfficeResults.ITEM_PREFIX + "q1", q1.activityId(), "as the first file wrote it");
    }

    @Test
    void withoutThePackInstalledTheFilesGiveTitlesAndNoRefs() {
        ReportData report = new ReportAssembler().build(List.of(south, north), List.of(), "en");
        QuestionStats q1 = question(report, "q1");
        assertEquals("Where do you interview a person who may be a victim?", q1.title());
        assertTrue(q1.ref().isEmpty());
        assertEquals(SOUTH + OfficeResults.ITEM_PREFIX + "q1", q1.activityId());
        assertEquals("Telling smuggling from trafficking", report.completion().modules().get(0).title());
        assertEquals(2.5 / 3, q1.discrimination().orElseThrow(), EXACT, "the order of the files changes nothing");
    }

    @Test
    void badFilesAreNamedWithTheirLineAndTheOthersStillCount() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.json"), """
                [
                  {"id": "a", "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}}
                  {"id": "b"}
                ]
                """);
        Path notes = Files.writeString(temp.resolve("notes.json"), "{\"hello\": 1}\n");
        Path missing = temp.resolve("missing.json");
        Path noVerb = Files.writeString(temp.resolve("no-verb.json"),
                "[{\"id\": \"x\", \"actor\": {\"mbox\": \"mailto:a@b.c\"}}]");
        ReportData report = report(north, broken, notes, missing, south, noVerb);

        assertEquals(List.of(north, south), report.files());
        assertEquals(39, report.statements(), "the good files count in full");
        List<LoadProblem> problems = report.problems();
        assertEquals(List.of(broken, notes, missing, noVerb), problems.stream().map(LoadProblem::file).toList());
        assertEquals(3, problems.get(0).line(), problems.get(0).toString());
        assertTrue(problems.get(0).column() > 0, problems.get(0).toString());
        assertTrue(problems.get(0).toString().startsWith(broken + ":3:"), problems.get(0).toString());
        assertTrue(problems.get(0).message().startsWith("broken JSON: "), problems.get(0).message());
        assertEquals("not an xAPI export: expected a JSON array of statements", problems.get(1).message());
        assertTrue(problems.get(2).message().startsWith("cannot be read"), problems.get(2).message());
        assertEquals("statement 1 (x) has no verb id", problems.get(3).message());
        assertFalse(report.questions().isEmpty());
    }
}

package org.sendero.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.reports.testing.OfficeResults.NORTH;
import static org.sendero.reports.testing.OfficeResults.SOUTH;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.ReportData;
import org.sendero.reports.internal.stats.ReportAssembler;
import org.sendero.reports.testing.OfficeResults;

/**
 * Files that once hung the report, or dropped every file of it: each is now a problem of its own,
 * named with its line, and the report of the other files is the same as without them.
 */
class HostileFilesTest {

    @TempDir
    Path temp;

    private Path north;
    private String south;

    @BeforeEach
    void writeFiles() throws Exception {
        north = OfficeResults.write(temp.resolve("north.json"),
                OfficeResults.statements(NORTH, OfficeResults.takers("ABCDE")));
        south = Files.readString(OfficeResults.write(temp.resolve("south.json"),
                OfficeResults.statements(SOUTH, OfficeResults.takers("FGHIJ"))));
    }

    private ReportData report(Path... files) {
        ThrowingSupplier<ReportData> build = () -> new ReportAssembler().build(List.of(files),
                List.of(OfficeResults.pack()), "en");
        return assertTimeoutPreemptively(Duration.ofSeconds(20), build);
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).lines().count() + (text.indexOf(part) == 0 ? 1 : 0);
    }

    @Test
    void scoresThatAreNotFiniteNumbersLeaveTheirFileOutAndNothingElse() throws Exception {
        Path nan = Files.writeString(temp.resolve("nan.json"), south.replace("\"scaled\": 0.5", "\"scaled\": .nan"));
        String huge = south.replaceFirst("\"scaled\": 0,", "\"scaled\": 1e400,").replaceFirst("\"scaled\": 0,",
                "\"scaled\": -1e400,");
        Path infinite = Files.writeString(temp.resolve("infinite.json"), huge);
        ReportData report = report(north, nan, infinite);

        assertEquals(List.of(north), report.files());
        assertEquals(report(north).questions(), report.questions(), "the figures of the other file, unchanged");
        List<LoadProblem> problems = report.problems();
        assertEquals(List.of(nan, infinite), problems.stream().map(LoadProblem::file).toList());
        assertEquals(lineOf(south, "\"scaled\": 0.5"), problems.get(0).line(), problems.get(0).toString());
        assertTrue(problems.get(0).message().startsWith("broken JSON: "), problems.get(0).toString());
        assertEquals(lineOf(huge, "1e400"), problems.get(1).line(), problems.get(1).toString());
        assertEquals("number 1e400 is out of range (not a finite number)", problems.get(1).message());
    }

    @Test
    void aBrokenActivityIdLeavesOutItsFileNotTheReport() throws Exception {
        Path escape = Files.writeString(temp.resolve("escape.json"),
                south.replaceFirst("/item/q2\"", "/item/q%zz\""));
        ReportData report = report(north, escape);
        assertEquals(List.of(north), report.files());
        assertEquals(report(north).statements(), report.statements());
        assertEquals(1, report.problems().size());
        LoadProblem problem = report.problems().get(0);
        assertEquals(escape, problem.file());
        assertTrue(problem.line() > 0, problem.toString());
        assertTrue(problem.message().endsWith("names an activity by a broken id: bad %-escape in 'q%zz'"),
                problem.toString());
    }
}

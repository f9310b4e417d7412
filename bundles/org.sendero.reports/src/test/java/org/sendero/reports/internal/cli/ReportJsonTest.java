package org.sendero.reports.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.sendero.reports.CompletionMatrix;
import org.sendero.reports.CompletionState;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.ModuleRef;
import org.sendero.reports.QuestionStats;
import org.sendero.reports.ReportData;
import org.sendero.reports.ReportLearner;

/** The figures of the --json form: four decimals, and never a number made up for a value that is none. */
class ReportJsonTest {

    @Test
    void figuresAreRoundedToFourDecimals() {
        assertEquals(0.8333, ReportJson.rounded(OptionalDouble.of(2.5 / 3)));
        assertEquals(-0.1667, ReportJson.rounded(OptionalDouble.of(0.5 - 2.0 / 3)));
        assertNull(ReportJson.rounded(OptionalDouble.empty()));
    }

    @Test
    void aValueThatIsNotAFiniteNumberIsNull() {
        // Math.round(NaN) is 0: a NaN index once came out as a discrimination of 0
        assertNull(ReportJson.rounded(OptionalDouble.of(Double.NaN)));
        assertNull(ReportJson.rounded(OptionalDouble.of(Double.POSITIVE_INFINITY)));
        assertNull(ReportJson.rounded(OptionalDouble.of(Double.NEGATIVE_INFINITY)));
    }

    @Test
    void theDocumentedFormKeepsEveryKeyWholeFiguresWholeAndTextReadable() {
        QuestionStats question = new QuestionStats("https://x.org/item/q1", "p", "c", "m", "quiz", "q1",
                "Who decides <first> & why?", 4, 0, 0.0, OptionalDouble.of(Double.NaN), Optional.empty(),
                Optional.of("Guide"));
        ModuleRef module = new ModuleRef("p", "c", "m", "M \"one\"");
        ReportData report = new ReportData(List.of(Path.of("a.json")), List.of(new LoadProblem(Path.of("b.json"), 0, 0,
                "larger than 64 MiB")), 4, 0,
                new CompletionMatrix(List.of(new ReportLearner("https://x.org/", "id", "Ana")),
                        List.of(module), List.of(List.of(CompletionState.COMPLETED))),
                List.of(question), List.of(question));
        String json = ReportJson.write(report);
        assertEquals("""
                {
                  "files": [
                    "a.json"
                  ],
                  "problems": [
                    {
                      "file": "b.json",
                      "line": null,
                      "column": null,
                      "message": "larger than 64 MiB"
                    }
                  ],
                  "statements": 4,
                  "duplicates": 0,
                  "modules": [
                    {
                      "pack": "p",
                      "course": "c",
                      "module": "m",
                      "title": "M \\"one\\"",
                      "completed": 1,
                      "in_progress": 0,
                      "not_started": 0
                    }
                  ],""", json.substring(0, json.indexOf("\n  \"learners\"")));
        assertTrue(json.contains("""
                      "title": "Who decides <first> & why?",
                      "answers": 4,
                      "correct": 0,
                      "difficulty": 0,
                      "discrimination": null,
                      "ref": null,
                      "ref_title": "Guide"
                    }
                  ],
                  "most_missed": [
                    "https://x.org/item/q1"
                  ]
                }"""), json);
    }
}

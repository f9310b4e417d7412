package org.sendero.reports.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.reports.testing.OfficeResults.NORTH;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.testing.OfficeResults;

/** Result files that are JSON but unusual, and files that only look like JSON. */
class StatementReaderTest {

    @TempDir
    Path temp;

    private final StatementReader reader = new StatementReader();
    /** Learner A's statements as the export writes them: 3 answers, the judged attempt, the completion. */
    private String exported;

    @BeforeEach
    void export() throws Exception {
        exported = Files.readString(OfficeResults.write(temp.resolve("a.json"),
                OfficeResults.statements(NORTH, OfficeResults.takers("A"))));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private LoadProblem problem(Path file) {
        return assertThrows(ResultFileException.class, () -> reader.read(file)).problem();
    }

    @Test
    void jsonIndentedWithTabsReadsLikeTheExport() throws Exception {
        List<Statement> expected = reader.read(file("spaces.json", exported));
        assertEquals(5, expected.size());
        String tabs = exported.lines().map(line -> {
            String body = line.stripLeading();
            return "\t".repeat((line.length() - body.length()) / 2) + body;
        }).reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertTrue(tabs.contains("\n\t\t\"scaled\"") || tabs.contains("\t\"id\""), "the copy is indented with tabs");
        assertEquals(expected, reader.read(file("tabs.json", tabs)));
    }

    @Test
    void aKeyLongerThanAThousandCharactersIsJustAKey() throws Exception {
        String key = "https://north.example.org/extensions/" + "k".repeat(5000);
        String text = exported.replaceFirst("\"timestamp\"",
                "\"" + key + "\": {\"" + key + "\": 1},\n    \"timestamp\"");
        assertEquals(reader.read(file("plain.json", exported)), reader.read(file("long-key.json", text)));
    }

    @Test
    void anLrsAnswerAndASingleStatementAreReadToo() throws Exception {
        List<Statement> all = reader.read(file("plain.json", exported));
        assertEquals(all, reader.read(file("lrs.json", "{\"more\": \"\", \"statements\": " + exported + "}")));
        String first = exported.substring(exported.indexOf('{'), exported.indexOf("\n  },") + 4);
        assertEquals(List.of(all.get(0)), reader.read(file("one.json", first)));
    }

    @Test
    void whatIsNotJsonIsRefusedWithItsLineAndColumn() throws Exception {
        LoadProblem quotes = problem(file("quotes.json", "[\n  {'id': 'a'}\n]"));
        assertEquals(2, quotes.line(), quotes.toString());
        assertEquals(4, quotes.column(), quotes.toString());
        assertTrue(quotes.message().startsWith("broken JSON: not JSON here"), quotes.message());

        LoadProblem yamlList = problem(file("list.yaml", "- id: a\n- id: b\n"));
        assertEquals(1, yamlList.line(), yamlList.toString());
        assertTrue(yamlList.message().startsWith("broken JSON: "), yamlList.message());

        String nan = exported.replaceFirst("\"scaled\": 1", "\"scaled\": .nan");
        LoadProblem notANumber = problem(file("nan.json", nan));
        assertEquals(33, notANumber.line(), notANumber.toString());
        assertTrue(notANumber.message().startsWith("broken JSON: "), notANumber.message());

        LoadProblem missingComma = problem(file("comma.json", "[\n  {\"id\": \"a\"}\n  {\"id\": \"b\"}\n]\n"));
        assertEquals("comma.json:3:3: broken JSON: expected ',' or ']'",
                temp.relativize(missingComma.file())
                        + missingComma.toString().substring(missingComma.file().toString().length()));
        LoadProblem more = problem(file("more.json", exported + "\n[]"));
        assertTrue(more.message().startsWith("broken JSON: "), more.toString());
        LoadProblem empty = problem(file("empty.json", ""));
        assertEquals("broken JSON: the text ends before the JSON does", empty.message());
    }

    @Test
    void aNumberNoProgramCanHoldIsAProblemOfItsFileWithItsLine() throws Exception {
        for (String huge : List.of("1e400", "-1e400", "1.8e308")) {
            LoadProblem problem = problem(
                    file("huge.json", exported.replaceFirst("\"scaled\": 1", "\"scaled\": " + huge)));
            assertEquals(33, problem.line(), problem.toString());
            assertEquals(19, problem.column(), problem.toString());
            assertEquals("number " + huge + " is out of range (not a finite number)", problem.message());
        }
    }

    @Test
    void aBrokenEscapeInAnActivityIdIsAProblemOfItsStatement() throws Exception {
        String text = exported.replaceFirst("module/m1/quiz/m1-quiz/item/q1\"", "module/m1/quiz/m1-quiz/item/q%zz\"");
        LoadProblem problem = problem(file("escape.json", text));
        assertEquals(2, problem.line(), problem.toString());
        assertTrue(problem.message().startsWith("statement 1 (4f4f068b-b3cf-368c-8446-8282dfa98106) names an activity"
                + " by a broken id: bad %-escape in 'q%zz'"), problem.message());
    }

    @Test
    void nestingStopsAtTheLimitWithoutOverflowingTheStack() throws Exception {
        int limit = StatementReader.MAX_NESTING;
        LoadProblem atLimit = problem(file("at-limit.json", "[".repeat(limit) + "]".repeat(limit)));
        assertEquals("statement 1 is not a JSON object", atLimit.message(), "64 levels are still JSON");
        LoadProblem deeper = problem(file("deeper.json", "[".repeat(limit + 1) + "]".repeat(limit + 1)));
        assertEquals("nesting deeper than 64 levels", deeper.message());
        assertEquals(65, deeper.column(), "the bracket one level too deep");
        // 400 KB of nesting once overflowed the stack
        LoadProblem deep = problem(file("deep.json", "[{\"a\":".repeat(40_000) + "1" + "}]".repeat(40_000)));
        assertEquals("nesting deeper than 64 levels", deep.message());
        assertEquals(1, deep.line());
        assertTrue(deep.toString().endsWith("deep.json:1:" + deep.column() + ": nesting deeper than 64 levels"),
                deep.toString());
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws Exception {
        LoadProblem problem = problem(file("twice.json", exported.replaceFirst("\"version\": \"1.0.3\"",
                "\"version\": \"1.0.3\",\n    \"version\": \"1.0.0\"")));
        assertEquals(31, problem.line(), problem.toString());
        assertEquals(5, problem.column(), "the second key's opening quote");
        assertEquals("duplicate key \"version\"", problem.message());
    }

    @Test
    void aStatementProblemNamesTheLineTheStatementStartsOn() throws Exception {
        String text = exported.substring(0, exported.lastIndexOf(']'))
                + ",\n  {\"id\": \"x\", \"actor\": {\"mbox\": \"mailto:a@b.c\"}}\n]";
        LoadProblem problem = problem(file("no-verb.json", text));
        assertEquals("statement 6 (x) has no verb id", problem.message());
        assertEquals(text.lines().toList().indexOf("  {\"id\": \"x\", \"actor\": {\"mbox\": \"mailto:a@b.c\"}}") + 1,
                problem.line());
    }

    @Test
    void aFileOverTheCapIsRefusedBeforeItIsRead() throws Exception {
        Path big = temp.resolve("big.json");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(StatementReader.MAX_BYTES + 1);
        }
        LoadProblem problem = problem(big);
        assertEquals("larger than the 64 MiB a result file may have", problem.message());
        assertEquals(0, problem.line());
    }

    @Test
    void theNumbersOfAStatementStayAsWritten() throws Exception {
        var json = new com.google.gson.stream.JsonReader(new java.io.StringReader(
                "[9223372036854775807, 9223372036854775808, -9223372036854775808, 0.5, 1, 1.0, 2e3]"));
        json.setStrictness(com.google.gson.Strictness.STRICT);
        assertEquals(List.of(Long.MAX_VALUE, new java.math.BigInteger("9223372036854775808"), Long.MIN_VALUE, 0.5, 1L,
                1.0, 2000.0), JsonTree.value(json));
    }
}

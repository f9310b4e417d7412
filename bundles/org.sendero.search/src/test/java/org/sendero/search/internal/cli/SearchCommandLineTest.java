package org.sendero.search.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;

/** How sendero search and sendero index read their command lines; nothing here opens an index. */
class SearchCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final SearchCommand search = new SearchCommand(null, null);
    private final IndexCommand index = new IndexCommand(null);

    private SearchCommand.Line parse(String... arguments) {
        return (SearchCommand.Line) new CommandParser(search, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).dashWordsAreOperands()
                .parse(new SearchCommand.Line(), List.of(arguments)).command();
    }

    private int run(CliCommand command, String... arguments) {
        out.reset();
        err.reset();
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aQueryMayBeOneArgumentOrSeveralWordsWithRepeatedFilters() {
        SearchCommand.Line line = parse("trata", "--lang=es", "de", "--kind", "law", "--facet", "topic=children",
                "personas", "--kind=guidance", "--facet=region=north", "--limit", "5", "--json");
        assertEquals(List.of("trata", "de", "personas"), line.query);
        assertEquals("es", line.lang);
        assertEquals(List.of("law", "guidance"), line.kinds);
        assertEquals(List.of("topic=children", "region=north"), line.facets);
        assertEquals("5", line.limit);
        assertTrue(line.json);
        SearchCommand.Line quoted = parse("trata de personas");
        assertEquals(List.of("trata de personas"), quoted.query);
        assertEquals("en", quoted.lang);
        assertEquals("10", quoted.limit);
        assertFalse(quoted.json);
    }

    @Test
    void aWordMayStartWithADashToLeaveItOutAndAfterTwoDashesAnythingIsAWord() {
        assertEquals(List.of("trata", "-laboral"), parse("trata", "-laboral").query);
        assertEquals(List.of("--json"), parse("--", "--json").query);
    }

    @Test
    void searchMistakesAreOneLineAndExitTwo() {
        assertEquals(2, run(search, "asylum", "--foo"));
        assertEquals("sendero search: unknown option --foo\n", err());
        assertEquals(2, run(search, "asylum", "--lang"));
        assertEquals("sendero search: --lang needs a value\n", err());
        assertEquals(2, run(search, "--json"));
        assertEquals("sendero search: missing QUERY: what to search for, e.g. \"trata de personas\"\n", err());
        assertEquals(2, run(search, "asylum", "--limit=ten"));
        assertEquals("sendero search: --limit needs a whole number\n", err());
        assertEquals(2, run(search, "asylum", "--facet", "topic"));
        assertEquals("sendero search: --facet needs FACET=VALUE, e.g. --facet topic=children: topic\n", err());
    }

    @Test
    void indexOptions() {
        assertEquals(2, run(index, "--rebuild", "--check"));
        assertEquals("sendero index: --rebuild and --check do not go together\n", err());
        assertEquals(2, run(index, "--rebiuld"));
        assertEquals("sendero index: unknown option --rebiuld\n", err());
        assertEquals(2, run(index, "all"));
        assertEquals("sendero index: unexpected argument 'all'\n", err());
        assertEquals(2, run(index, "--check=yes"));
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void helpIsTheUsageOnStdout() {
        assertEquals(0, run(search, "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: sendero search "), out.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--facet=F=V"), out.toString());
        assertEquals("", err());
        assertEquals(0, run(index, "-h"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: sendero index "), out.toString());
    }
}

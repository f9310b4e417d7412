package org.sendero.search.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.cli.CommandParser;

/** {@code sendero search} with a query longer than a search takes. */
class SearchCommandTest {

    @Test
    void sixtyWordsExitWithTheUsageCodeAndOneLine() {
        List<String> arguments = new ArrayList<>(Collections.nCopies(59, "children"));
        arguments.add("--lang");
        arguments.add("es");
        arguments.add("last words"); // one argument, two words
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // without services: a refused query must not wait for the index to be updated, nor search it
        int code = new SearchCommand(null, null).run(arguments,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CommandParser.USAGE, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("sendero search: query too long: at most 32 words (this one has 61)" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }
}

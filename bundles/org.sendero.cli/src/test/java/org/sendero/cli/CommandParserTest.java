package org.sendero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

class CommandParserTest {

    @Command(subcommands = Add.class)
    static final class Tool {
        @Option(names = "--force")
        boolean force;
        @Option(names = { "-o", "--output" }, paramLabel = "FILE")
        String output;
        @Option(names = "--tag")
        List<String> tags = new ArrayList<>();
        @Parameters(paramLabel = "FILE", description = "The file to read.")
        List<String> files = new ArrayList<>();
    }

    @Command(name = "add")
    static final class Add {
        @Parameters(arity = "1", paramLabel = "NAME", description = "Who to add.")
        String name;
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final CliCommand tool = new CliCommand() {
        @Override
        public String name() {
            return "tool";
        }

        @Override
        public String summary() {
            return "FILE...: do things to files";
        }

        @Override
        public int run(List<String> arguments, PrintStream output, PrintStream errors) {
            return 0;
        }
    };

    private CommandParser parser() {
        return new CommandParser(tool, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private CommandParser.Parsed parse(String... arguments) {
        return parser().parse(new Tool(), List.of(arguments));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void takesOptionsInAnyOrderWithEitherSeparatorAndRepeated() {
        Tool parsed = (Tool) parse("a", "--output=x.txt", "--tag", "one", "b", "--force", "--tag=two").command();
        assertEquals(List.of("a", "b"), parsed.files);
        assertEquals("x.txt", parsed.output);
        assertTrue(parsed.force);
        assertEquals(List.of("one", "two"), parsed.tags);
        assertEquals("y", ((Tool) parse("-o", "x", "-o", "y").command()).output, "the last value counts");
    }

    @Test
    void afterTwoDashesEverythingIsAnOperand() {
        Tool parsed = (Tool) parse("--force", "--", "-Ana", "--force", "--").command();
        assertEquals(List.of("-Ana", "--force", "--"), parsed.files);
        assertTrue(parsed.force);
        assertEquals(List.of("-", "@args.txt"), ((Tool) parse("-", "@args.txt").command()).files,
                "a lone dash and an @name are operands, not a file of arguments");
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCodeTwo() {
        CommandParser.Parsed parsed = parse("a", "--focre");
        assertTrue(parsed.stopped());
        assertEquals(CommandParser.USAGE, parsed.exitCode());
        assertEquals("sendero tool: unknown option --focre\n", err());
    }

    @Test
    void anUnknownOptionWithAValueIsNamedWithoutIt() {
        assertEquals(2, parse("--colour=red").exitCode());
        assertEquals("sendero tool: unknown option --colour\n", err());
    }

    @Test
    void aDashWordShowsHowToMeanItAsAnOperand() {
        assertEquals(2, parse("add", "-Ana").exitCode());
        assertEquals("sendero tool: unknown option -Ana; a NAME that starts with - goes after --,"
                + " e.g. sendero tool add -- -Ana\n", err());
        assertEquals("-Ana", ((Add) parse("add", "--", "-Ana").command()).name);
    }

    @Test
    void dashWordsMayBeOperandsButUnknownLongOptionsStillAreNot() {
        Tool parsed = (Tool) parser().dashWordsAreOperands().parse(new Tool(), List.of("trata", "-laboral")).command();
        assertEquals(List.of("trata", "-laboral"), parsed.files);
        assertEquals(2, parser().dashWordsAreOperands().parse(new Tool(), List.of("trata", "--foo")).exitCode());
        assertEquals("sendero tool: unknown option --foo\n", err());
    }

    @Test
    void aMissingValueNamesTheOptionAsTyped() {
        assertEquals(2, parse("a", "-o").exitCode());
        assertEquals("sendero tool: -o needs a value\n", err());
        err.reset();
        assertEquals(2, parse("-o", "--force").exitCode(), "an option is not taken for a value");
        assertEquals("sendero tool: -o needs a value\n", err());
    }

    @Test
    void aMissingOrExtraOperandIsOneLine() {
        assertEquals(2, parse("add").exitCode());
        assertEquals("sendero tool: missing NAME: who to add\n", err());
        err.reset();
        assertEquals(2, parse("add", "Ana", "Ben").exitCode());
        assertEquals("sendero tool: unexpected argument 'Ben'\n", err());
        err.reset();
        assertEquals(2, parser().parse(new Add(), List.of()).exitCode());
        assertEquals("sendero tool: missing NAME: who to add\n", err());
    }

    @Test
    void helpGoesToStdoutWithExitCodeZero() {
        CommandParser.Parsed parsed = parse("--help");
        assertTrue(parsed.stopped());
        assertEquals(0, parsed.exitCode());
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: sendero tool "), help);
        assertTrue(help.contains("do things to files"), help);
        assertTrue(help.contains("--output=FILE"), help);
        assertEquals("", err());
        out.reset();
        assertEquals(0, parse("add", "-h").exitCode());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: sendero tool add "), out.toString());
    }

    @Test
    void eachRunStartsFromNothing() {
        parse("--force", "a");
        Tool second = (Tool) parse("b").command();
        assertFalse(second.force);
        assertEquals(List.of("b"), second.files);
    }

    @Test
    void usageErrorsAreOneLine() {
        assertEquals(2, parser().usageError("two\nlines"));
        assertEquals("sendero tool: two lines\n", err());
    }
}

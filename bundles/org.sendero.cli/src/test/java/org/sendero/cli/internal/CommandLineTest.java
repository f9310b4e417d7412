package org.sendero.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.cli.CliCommand;
import org.sendero.core.DataFolder;
import org.sendero.core.ProductInfo;
import org.sendero.core.SenderoEnvironment;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> echoed = new ArrayList<>();

    private final SenderoEnvironment environment = new SenderoEnvironment() {
        @Override
        public ProductInfo product() {
            return ProductInfo.fromBundleVersion("Sendero", "0.3.1.202601021530");
        }

        @Override
        public DataFolder dataFolder() {
            return new DataFolder(Path.of("/tmp/sendero-test"));
        }
    };

    private final CliCommand echo = new CliCommand() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "repeat the arguments";
        }

        @Override
        public int run(List<String> arguments, PrintStream output, PrintStream errors) {
            echoed.add(arguments);
            output.println(String.join(" ", arguments));
            return 7;
        }
    };

    private final List<Throwable> recorded = new ArrayList<>();

    private final CrashLog crashLog = (command, failure) -> {
        recorded.add(failure);
        return Path.of("/tmp/sendero-test/logs/cli.log");
    };

    /** Prints a line, then fails with whatever the first argument names. */
    private final CliCommand crashing = new CliCommand() {
        @Override
        public String name() {
            return "crash";
        }

        @Override
        public String summary() {
            return "fail unexpectedly";
        }

        @Override
        public int run(List<String> arguments, PrintStream output, PrintStream errors) {
            output.println("started");
            switch (arguments.get(0)) {
                case "runtime" -> throw new IllegalStateException("the index\nis gone");
                case "recursion" -> recurse(0);
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                default -> {
                }
            }
            return 0;
        }

        private int recurse(int depth) {
            return recurse(depth + 1) + 1;
        }
    };

    private int run(String... arguments) {
        CommandLine commandLine = new CommandLine(List.of(echo, crashing), environment, crashLog);
        return commandLine.execute(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsOneLineWithTheBuildDate() {
        assertEquals(0, run("--version"));
        assertEquals("Sendero 0.3.1 (built 2026-01-02 15:30)" + System.lineSeparator(), out());
        assertEquals("", err());
    }

    @Test
    void helpListsEveryCommandWithItsSummary() {
        assertEquals(0, run("help"));
        assertTrue(out().contains("help "), out());
        assertTrue(out().contains("version "), out());
        assertTrue(out().contains("echo") && out().contains("repeat the arguments"), out());
    }

    @Test
    void anUnknownCommandIsNamedOnOneLineWithTheListOfCommands() {
        assertEquals(CommandLine.USAGE, run("serch", "trata"));
        assertEquals("sendero: unknown command 'serch'; commands: help, version, crash, echo" + System.lineSeparator(),
                err());
        assertEquals("", out());
        assertTrue(echoed.isEmpty());
    }

    @Test
    void aKnownCommandGetsTheRestOfTheArgumentsAndItsExitCodeIsKept() {
        assertEquals(7, run("echo", "--lang", "es", "trata de personas"));
        assertEquals(List.of(List.of("--lang", "es", "trata de personas")), echoed);
        assertEquals("--lang es trata de personas" + System.lineSeparator(), out());
    }

    @Test
    void anUnexpectedExceptionExitsOneWithOneLineNamingTheCommandTheCauseAndTheLog() {
        assertEquals(CommandLine.FAILED, run("crash", "runtime"));
        assertEquals("sendero: crash failed unexpectedly (IllegalStateException: the index is gone); "
                + "details are in /tmp/sendero-test/logs/cli.log" + System.lineSeparator(), err());
        assertEquals("started" + System.lineSeparator(), out(), "what the command printed before is kept");
        assertEquals(1, recorded.size());
        assertTrue(recorded.get(0) instanceof IllegalStateException);
    }

    @Test
    void aStackOverflowIsAFailureNotASuccess() {
        assertEquals(CommandLine.FAILED, run("crash", "recursion"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("sendero: crash failed unexpectedly (the input is nested too deeply to process)"),
                err());
        assertTrue(recorded.get(0) instanceof StackOverflowError);
    }

    @Test
    void runningOutOfMemoryIsAFailureNotASuccess() {
        assertEquals(CommandLine.FAILED, run("crash", "memory"));
        assertTrue(err().startsWith("sendero: crash failed unexpectedly (not enough memory: Java heap space)"), err());
    }

    @Test
    void aCrashLogThatFailsStillLeavesTheUserALine() {
        CommandLine commandLine = new CommandLine(List.of(crashing), environment, (command, failure) -> {
            throw new IllegalStateException("disk full");
        });
        int code = commandLine.execute(List.of("crash", "runtime"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CommandLine.FAILED, code);
        assertTrue(err().contains("details are in /tmp/sendero-test/logs"), err());
    }
}

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

    private int run(String... arguments) {
        CommandLine commandLine = new CommandLine(List.of(echo), environment);
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
        assertEquals("sendero: unknown command 'serch'; commands: help, version, echo" + System.lineSeparator(), err());
        assertEquals("", out());
        assertTrue(echoed.isEmpty());
    }

    @Test
    void aKnownCommandGetsTheRestOfTheArgumentsAndItsExitCodeIsKept() {
        assertEquals(7, run("echo", "--lang", "es", "trata de personas"));
        assertEquals(List.of(List.of("--lang", "es", "trata de personas")), echoed);
        assertEquals("--lang es trata de personas" + System.lineSeparator(), out());
    }
}

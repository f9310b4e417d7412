package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sendero.product.tests.InstalledProduct.Result;

/**
 * Commands of the installed product run one after another on one data folder, as a user at a
 * terminal would. After every command, standard error and the new part of the command line's log
 * are checked for stack traces: an unforeseen failure must never pass unnoticed, even when the
 * command's exit code looks right.
 */
final class DataFolderSession {

    /** A Java stack frame or an uncaught exception's header, as a trace prints them. */
    private static final Pattern STACK_TRACE = Pattern
            .compile("(?m)^\\s+at [\\w$.]+\\(|^Exception in thread|^Caused by: ");

    private static final Duration LIMIT = Duration.ofMinutes(2);

    final InstalledProduct product;
    final Path data;
    private long logChecked;

    private DataFolderSession(InstalledProduct product, Path data) {
        this.product = product;
        this.data = data;
    }

    static DataFolderSession fresh(String name) throws IOException, InterruptedException {
        InstalledProduct product = InstalledProduct.unpacked();
        return new DataFolderSession(product, product.newDataFolder(name));
    }

    /** A fresh data folder used with an installation of the test's own. */
    static DataFolderSession fresh(InstalledProduct product, String name) throws IOException {
        return new DataFolderSession(product, product.newDataFolder(name));
    }

    /** A file or folder in the test's work folder beside the data folder. */
    Path file(String name) throws IOException {
        Path folder = data.resolveSibling(data.getFileName() + "-files");
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        return run(null, arguments);
    }

    Result runWithInput(Path input, String... arguments) throws IOException, InterruptedException {
        return run(input, arguments);
    }

    private Result run(Path input, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("--data", data.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = product.sendero(false, command.toArray(String[]::new));
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Result result = InstalledProduct.run(builder, LIMIT);
        String where = "sendero " + String.join(" ", arguments);
        assertFalse(STACK_TRACE.matcher(result.err()).find(), where + " printed a stack trace:\n" + result.err());
        String log = newLogText();
        assertFalse(STACK_TRACE.matcher(log).find(), where + " logged a stack trace:\n" + log);
        return result;
    }

    /** Runs a command that must succeed and print nothing on standard error. */
    Result ok(String... arguments) throws IOException, InterruptedException {
        Result result = run(arguments);
        assertEquals(0, result.exitCode(), "sendero " + String.join(" ", arguments) + "\n" + result.err());
        assertEquals("", result.err(), "sendero " + String.join(" ", arguments));
        return result;
    }

    /**
     * Runs a command that must fail with the given exit code and exactly one line on standard
     * error; returns that line.
     */
    String fails(int exitCode, String... arguments) throws IOException, InterruptedException {
        Result result = run(arguments);
        String where = "sendero " + String.join(" ", arguments);
        assertEquals(exitCode, result.exitCode(), where + "\nout: " + result.out() + "\nerr: " + result.err());
        assertEquals(1, result.err().lines().count(), where + " must say what failed on one line:\n" + result.err());
        return result.err().strip();
    }

    /** Like {@link #fails(int, String...)} with any non-zero exit code. */
    String failsWithOneLine(String... arguments) throws IOException, InterruptedException {
        Result result = run(arguments);
        String where = "sendero " + String.join(" ", arguments);
        assertNotEquals(0, result.exitCode(), where + " must not exit 0 when it failed\nout: " + result.out());
        assertEquals(1, result.err().lines().count(), where + " must say what failed on one line:\n" + result.err());
        return result.err().strip();
    }

    private String newLogText() throws IOException {
        Path log = data.resolve("logs/cli.log");
        if (!Files.isRegularFile(log)) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(log);
        if (bytes.length < logChecked) {
            logChecked = 0;
        }
        String text = new String(bytes, (int) logChecked, bytes.length - (int) logChecked, StandardCharsets.UTF_8);
        logChecked = bytes.length;
        return text;
    }

    static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "expected «" + expected + "» in:\n" + text);
    }
}

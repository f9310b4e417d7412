package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * Starts the installed workbench as a newcomer would (fresh data folder, no Java on the PATH),
 * waits for the Sendero window, closes it with the keyboard and checks that it ended cleanly.
 * Needs an X display (the README's test command provides one with xvfb-run) and xdotool.
 */
class WorkbenchSmokeTest {

    private static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(90);

    private static InstalledProduct product;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        assertNotNull(System.getenv("DISPLAY"), "the workbench smoke test needs an X display: run it under xvfb-run");
        product = InstalledProduct.unpacked();
    }

    @Test
    void theWorkbenchOpensAndClosesCleanlyAndKeepsItsWindowBounds() throws Exception {
        Path data = product.newDataFolder("workbench");
        Session first = startAndClose(data, "workbench.png");
        System.out.println("Sendero window shown after " + first.shownMillis() + " ms");

        Path log = data.resolve("logs/sendero.log");
        String logText = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        assertFalse(logText.contains("!ENTRY"), "the log of a clean start has no entries:\n" + logText);
        assertEquals(List.of(), unexpectedStderr(first.stderr()));
        assertEquals("", first.stdout());

        Path bounds = data
                .resolve("workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.sendero.app.prefs");
        assertTrue(Files.exists(bounds), "the window's size and position are kept for the next start");
        String saved = Files.readString(bounds);
        assertTrue(saved.contains("window.width=1200") && saved.contains("window.height=800"), saved);

        // as if the official had made the window smaller and moved it before closing
        Files.writeString(bounds, saved.replace("window.width=1200", "window.width=900")
                .replace("window.height=800", "window.height=640").replace("window.x=80", "window.x=150"));
        Session second = startAndClose(data, "workbench-restored.png");
        assertEquals(150, second.value("X"), second.geometry());
        assertEquals(first.value("WIDTH") - 300, second.value("WIDTH"), "restored width\n" + second.geometry());
        assertEquals(first.value("HEIGHT") - 160, second.value("HEIGHT"), "restored height\n" + second.geometry());
        String savedAgain = Files.readString(bounds);
        assertTrue(savedAgain.contains("window.width=900") && savedAgain.contains("window.height=640"),
                "the bounds do not drift from one start to the next: " + savedAgain);
    }

    @Test
    void learnersWithAPinAreAskedWhoIsLearningAndTheOneWhoTypesTheirsLearns() throws Exception {
        DataFolderSession session = DataFolderSession.fresh(product, "pins");
        Path pin = Files.writeString(session.file("pin.txt"), "4821\n4821\n");
        session.runWithInput(pin, "learners", "add", "Ana María", "--pin");
        session.runWithInput(pin, "learners", "add", "Benito", "--pin");
        Path out = product.work.resolve("pins-stdout.txt");
        Path err = product.work.resolve("pins-stderr.txt");
        Process workbench = product.sendero(true, "--data", session.data.toString()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try {
            // Home reads its practice line while the window opens: that must not pick the system user meanwhile
            String chooser = waitForWindow(workbench, "^Who is learning");
            screenshot(product.work.resolve("workbench-chooser.png"));
            // the first learner is selected and the PIN field has the focus
            xdotool("windowfocus", "--sync", chooser, "type", "--delay", "50", "4821");
            xdotool("key", "Return");
            String window = waitForWindow(workbench, "^Sendero - Ana");
            Thread.sleep(2000); // the parts show her progress just after the title names her
            screenshot(product.work.resolve("workbench-chosen.png"));
            xdotool("windowfocus", "--sync", window, "key", "ctrl+q");
            assertTrue(workbench.waitFor(60, TimeUnit.SECONDS), "the workbench did not close after Ctrl+Q");
            assertEquals(0, workbench.exitValue(), Files.readString(err));
        } finally {
            workbench.destroyForcibly();
        }
        assertEquals("Ana María (PIN)\nBenito (PIN)", session.ok("learners").out().strip(),
                "nobody was added or chosen for them");
    }

    record Session(long shownMillis, String geometry, String stdout, String stderr) {

        /** One value of xdotool's {@code getwindowgeometry --shell} output, e.g. WIDTH. */
        int value(String name) {
            return geometry.lines().filter(line -> line.startsWith(name + "=")).findFirst()
                    .map(line -> Integer.parseInt(line.substring(name.length() + 1).strip()))
                    .orElseThrow(() -> new AssertionError("no " + name + " in " + geometry));
        }
    }

    private static Session startAndClose(Path data, String screenshotName) throws Exception {
        Path out = product.work.resolve("workbench-stdout.txt");
        Path err = product.work.resolve("workbench-stderr.txt");
        long start = System.nanoTime();
        Process workbench = product.sendero(true, "--data", data.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            String window = waitForWindow(workbench);
            long shownMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            screenshot(product.work.resolve(screenshotName));
            String geometry = xdotool("getwindowgeometry", "--shell", window);
            xdotool("windowfocus", "--sync", window, "key", "ctrl+q");
            assertTrue(workbench.waitFor(60, TimeUnit.SECONDS), "the workbench did not close after Ctrl+Q");
            assertEquals(0, workbench.exitValue(), Files.readString(err));
            return new Session(shownMillis, geometry, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            workbench.destroyForcibly();
        }
    }

    /**
     * What the workbench wrote to standard error, less the notice GTK's SWT prints when the
     * display has no desktop session bus (as on a bare virtual display): that one is about the
     * test machine, not about Sendero.
     */
    private static List<String> unexpectedStderr(String stderr) {
        return stderr.lines().filter(line -> !line.startsWith("SWT SessionManagerDBus: Failed to connect to"))
                .toList();
    }

    private static String waitForWindow(Process workbench) throws IOException, InterruptedException {
        return waitForWindow(workbench, "^Sendero");
    }

    /** The first visible window whose title matches {@code title}, a regular expression. */
    private static String waitForWindow(Process workbench, String title) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WINDOW_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(workbench.isAlive(), "the workbench ended before showing a window titled " + title);
            Result found = InstalledProduct.run(
                    new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", title),
                    Duration.ofSeconds(10));
            if (found.exitCode() == 0 && !found.out().isBlank()) {
                return found.out().lines().findFirst().orElseThrow().strip();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no window titled " + title + " within " + WINDOW_TIMEOUT);
    }

    private static String xdotool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        Result result = InstalledProduct.run(new ProcessBuilder(command), Duration.ofSeconds(20));
        assertEquals(0, result.exitCode(), "xdotool " + String.join(" ", arguments) + ": " + result.err());
        return result.out();
    }

    /** Kept under target/ so that a person can see what the test saw. */
    private static void screenshot(Path png) throws IOException, InterruptedException {
        InstalledProduct.run(new ProcessBuilder("import", "-window", "root", png.toString()), Duration.ofSeconds(30));
    }
}

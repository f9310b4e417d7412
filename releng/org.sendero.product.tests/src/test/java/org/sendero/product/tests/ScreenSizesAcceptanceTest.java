package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * The installed workbench on the screens offices have: a 1366×768 laptop and a 1024×768 monitor,
 * each a virtual display of that size. The first window fits the screen (so the status line at its
 * bottom is on it), Home is what a newcomer sees, and the main places are reached with their keys,
 * in English and in Spanish. The pictures it takes are the README's.
 */
class ScreenSizesAcceptanceTest {

    private static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(120);

    private static InstalledProduct product;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        product = InstalledProduct.unpacked();
    }

    @Test
    void aLaptopScreenInEnglish() throws Exception {
        tour(1366, 768, "en");
    }

    @Test
    void aSmallMonitorInSpanish() throws Exception {
        tour(1024, 768, "es");
    }

    @Test
    void aLaptopScreenInFrench() throws Exception {
        tour(1366, 768, "fr");
    }

    private void tour(int width, int height, String language) throws Exception {
        Path data = product.newDataFolder("screen-" + width + "-" + language);
        Path settings = data.resolve("workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings");
        Files.createDirectories(settings);
        // the reader opens the lesson read last when it is first shown
        Files.writeString(settings.resolve("org.sendero.ui.prefs"), "eclipse.preferences.version=1\nlanguage="
                + language + "\nlastOpened=lesson\\:tip-def-children@sendero-starter\n");
        Path shots = product.work.resolve("screenshots");
        Files.createDirectories(shots);
        Path signal = product.work.resolve("library-shown-" + width);
        Files.deleteIfExists(signal);
        try (VirtualScreen screen = VirtualScreen.start(width, height)) {
            ProcessBuilder launch = product.sendero(true, "--data", data.toString());
            launch.environment().put("DISPLAY", screen.display());
            launch.environment().put("JDK_JAVA_OPTIONS", "-Dsendero.signal.libraryShown=" + signal);
            Path err = product.work.resolve("screen-" + width + "-stderr.txt");
            Process workbench = launch.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile())
                    .start();
            try {
                String window = screen.waitForWindow(workbench, "^Sendero");
                long deadline = System.nanoTime() + WINDOW_TIMEOUT.toNanos();
                while (!Files.exists(signal) && System.nanoTime() < deadline) {
                    assertTrue(workbench.isAlive(), "the workbench ended: " + Files.readString(err));
                    Thread.sleep(100);
                }
                assertTrue(Files.exists(signal), "the library was not shown within " + WINDOW_TIMEOUT);
                Thread.sleep(1500);
                String geometry = screen.xdotool("getwindowgeometry", "--shell", window);
                int x = value(geometry, "X");
                int y = value(geometry, "Y");
                assertTrue(x >= 0 && y >= 0 && x + value(geometry, "WIDTH") <= width
                        && y + value(geometry, "HEIGHT") <= height,
                        "the window is inside the " + width + "×" + height + " screen:\n" + geometry);
                screen.screenshot(shots.resolve("home-" + language + ".png"));

                for (Place place : Place.values()) {
                    screen.xdotool("windowfocus", "--sync", window, "key", place.key);
                    Thread.sleep(1500);
                    if (place == Place.GLOSSARY) {
                        // a false friend, chosen from the filtered list
                        screen.xdotool("type", "--delay", "20", "trafico");
                        screen.xdotool("key", "Down");
                        Thread.sleep(1000);
                    }
                    if (place == Place.SEARCH_PAGE) {
                        screen.xdotool("type", "--delay", "20", QUERIES.get(language));
                        screen.xdotool("key", "Return");
                        Thread.sleep(2500);
                    }
                    screen.screenshot(shots.resolve(place.name().toLowerCase(java.util.Locale.ROOT) + "-" + language
                            + ".png"));
                }
                screen.xdotool("windowfocus", "--sync", window, "key", "ctrl+q");
                assertTrue(workbench.waitFor(60, TimeUnit.SECONDS), "Ctrl+Q closes the workbench");
                assertEquals(0, workbench.exitValue(), Files.readString(err));
            } finally {
                workbench.destroyForcibly();
            }
        }
    }

    /** What is searched on the results page, in each language. */
    private static final java.util.Map<String, String> QUERIES = java.util.Map.of("en", "forged passports", "es",
            "trata de niños en la frontera", "fr", "passeur ou trafiquant");

    /** The places a learner goes with the Go menu's keys. */
    private enum Place {
        LIBRARY("ctrl+1"), SEARCH_PAGE("ctrl+6"), GLOSSARY("ctrl+7"), PROGRESS("ctrl+5"), READER("ctrl+3"), HOME(
                "ctrl+0");

        final String key;

        Place(String key) {
            this.key = key;
        }
    }

    private static int value(String geometry, String name) {
        return geometry.lines().filter(line -> line.startsWith(name + "=")).findFirst()
                .map(line -> Integer.parseInt(line.substring(name.length() + 1).strip()))
                .orElseThrow(() -> new AssertionError("no " + name + " in " + geometry));
    }

    /** An X server of its own size for one test; its display number is the one it chose. */
    record VirtualScreen(Process server, String display) implements AutoCloseable {

        static VirtualScreen start(int width, int height) throws IOException {
            Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0",
                    width + "x" + height + "x24", "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.US_ASCII));
            String number = out.readLine();
            if (number == null || !number.strip().matches("\\d+")) {
                server.destroyForcibly();
                throw new IllegalStateException("Xvfb did not start: " + number);
            }
            return new VirtualScreen(server, ":" + number.strip());
        }

        String waitForWindow(Process workbench, String title) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + WINDOW_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                assertTrue(workbench.isAlive(), "the workbench ended before showing its window");
                Result found = InstalledProduct.run(on(new ProcessBuilder("xdotool", "search", "--onlyvisible",
                        "--name", title)), Duration.ofSeconds(10));
                if (found.exitCode() == 0 && !found.out().isBlank()) {
                    return found.out().lines().findFirst().orElseThrow().strip();
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no window " + title + " within " + WINDOW_TIMEOUT);
        }

        String xdotool(String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("xdotool"));
            command.addAll(List.of(arguments));
            Result result = InstalledProduct.run(on(new ProcessBuilder(command)), Duration.ofSeconds(20));
            assertEquals(0, result.exitCode(), "xdotool " + String.join(" ", arguments) + ": " + result.err());
            return result.out();
        }

        void screenshot(Path png) throws IOException, InterruptedException {
            InstalledProduct.run(on(new ProcessBuilder("import", "-window", "root", png.toString())),
                    Duration.ofSeconds(30));
        }

        private ProcessBuilder on(ProcessBuilder builder) {
            builder.environment().put("DISPLAY", display);
            return builder;
        }

        @Override
        public void close() {
            server.destroy();
            try {
                server.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.destroyForcibly();
        }
    }
}

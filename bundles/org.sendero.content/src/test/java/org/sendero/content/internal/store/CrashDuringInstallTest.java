package org.sendero.content.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.Problem;
import org.sendero.content.internal.PackTools;
import org.sendero.content.testing.TestPacks;
import org.sendero.content.internal.archive.Manifest;
import org.sendero.content.internal.pack.PackFiles;

/**
 * Kills a real JVM in the middle of an install (SIGKILL: no shutdown hook, no finally) and checks
 * that the installed pack is then either the old or the new version, complete, never a mix.
 */
class CrashDuringInstallTest {

    @TempDir
    Path temp;

    private Path packs;
    private Path newVersion;

    @BeforeEach
    void installVersionOne() throws IOException {
        packs = temp.resolve("data/packs");
        new PackStore(packs).install(TestPacks.validPack(temp, "1.0.0"), false);
        // the new version differs in many files, so that a mix would be visible
        Path two = TestPacks.validPack(temp, "2.0.0");
        for (int i = 0; i < 40; i++) {
            Files.writeString(two.resolve("guidance/extra-" + i + ".en.md"),
                    "---\nid: extra-" + i + "\ntitle: Extra " + i + "\nlang: en\n---\n# Extra\n\nText " + i + ".\n");
        }
        newVersion = temp.resolve("two.sendero");
        new PackTools().export(two, newVersion, Optional.empty());
    }

    @Test
    void killedAfterStagingTheOldVersionIsInstalledAndComplete() throws Exception {
        killAt("staged");
        assertInstalledAndComplete("1.0.0");
    }

    @Test
    void killedJustBeforeTheSwapTheOldVersionIsInstalledAndComplete() throws Exception {
        killAt("beforeSwap");
        assertInstalledAndComplete("1.0.0");
    }

    @Test
    void killedJustAfterTheSwapTheNewVersionIsInstalledAndComplete() throws Exception {
        killAt("swapped");
        assertInstalledAndComplete("2.0.0");
    }

    @Test
    void killedAtRandomMomentsTheInstalledVersionIsAlwaysOneCompleteVersion() throws Exception {
        java.util.Random random = new java.util.Random(42);
        List<String> seen = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            Process child = start("none");
            awaitLine(child, "STARTED");
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            seen.add(assertInstalledIsOneCompleteVersion());
            // back to version 1 for the next run (through the store, which also cleans leftovers)
            new PackStore(packs).install(TestPacks.validPack(temp.resolve("again-" + run), "1.0.0"), true);
        }
        assertEquals(6, seen.size());
    }

    @Test
    void theNextChangeAfterACrashCleansTheLeftoversAndWorks() throws Exception {
        killAt("beforeSwap");
        new PackStore(packs).install(newVersion, false);
        assertInstalledAndComplete("2.0.0");
        try (var entries = Files.list(packs)) {
            assertEquals(List.of(".lock", "test-pack"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (var versions = Files.list(packs.resolve("test-pack"))) {
            assertEquals(2, versions.count(), "the pointer and the one installed version");
        }
    }

    private void killAt(String step) throws Exception {
        Process child = start(step);
        awaitLine(child, "AT " + step);
        child.destroyForcibly();
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
    }

    private Process start(String step) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire may put a manifest-only jar on the class path; its Class-Path works for the child too
        String classPath = System.getProperty("java.class.path");
        return new ProcessBuilder(java, "-cp", classPath, CrashingInstall.class.getName(), packs.toString(),
                newVersion.toString(), step).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void awaitLine(Process child, String expected) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new AssertionError("the child ended without printing " + expected);
    }

    private void assertInstalledAndComplete(String version) throws IOException {
        assertEquals(version, assertInstalledIsOneCompleteVersion());
    }

    /** The installed folder matches its own manifest exactly: every file there, none changed, none extra. */
    private String assertInstalledIsOneCompleteVersion() throws IOException {
        PackStore store = new PackStore(packs);
        Path folder = store.current("test-pack").orElseThrow();
        List<Problem> problems = new ArrayList<>();
        PackFiles files = PackFiles.list(folder, problems);
        Manifest manifest = Manifest.parse(Files.readAllBytes(folder.resolve(Manifest.FILE)), problems);
        problems.addAll(manifest.verify(folder, files.all()));
        assertEquals(List.of(), problems);
        String version = store.installed("test-pack").orElseThrow().info().version().toString();
        int expectedFiles = version.equals("2.0.0") ? 46 : 6;
        assertEquals(expectedFiles, manifest.hashes().size(), "files of version " + version);
        return version;
    }
}

package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Updating Sendero itself on the unpacked archive: version N (this build) is updated with p2 to
 * N+1 (the same build with a later qualifier, see {@link NextVersionRepository}) from a folder signed
 * with the product's key; the learners' records are the same afterwards. An update killed midway
 * leaves version N starting as before, and can be run again.
 */
class ProductUpdateAcceptanceTest {

    private static NextVersionRepository next;
    private static Path key;

    @BeforeAll
    static void versionNPlusOne() throws Exception {
        Path work = Path.of(System.getProperty("work.folder")).resolveSibling("update-repository");
        next = NextVersionRepository.make(work.resolve("repository"));
        key = TestPacks.signingKey(Files.createDirectories(work.resolve("keys")).resolve("product.key"));
    }

    /** Signs the repository with the product's key and makes the installation trust that key. */
    private static void signAndTrust(DataFolderSession session) throws Exception {
        String signed = session.ok("sign-update", next.folder.toString(), "--key", key.toString()).out();
        String trustLine = signed.lines().filter(line -> line.startsWith("ed25519 ")).findFirst().orElseThrow();
        Files.writeString(session.product.home.resolve("update-keys.txt"), "# the product's key\n" + trustLine + "\n");
    }

    private static DataFolderSession learnerWithProgress(String name) throws Exception {
        DataFolderSession session = DataFolderSession.fresh(InstalledProduct.unpackedCopy(name), name);
        session.ok("learners", "add", "Bea");
        Path answers = session.file("answers.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.addAll(List.of("1", "f", "abcde", "abcd", "abc", "12", "zzz"));
        }
        Files.write(answers, lines);
        Result quiz = session.runWithInput(answers, "quiz", "smug-definition-quiz", "--learner", "Bea");
        assertEquals(0, quiz.exitCode(), quiz.err());
        return session;
    }

    @Test
    void anUpdateFromASignedFolderInstallsTheNextVersionAndKeepsTheRecords() throws Exception {
        DataFolderSession session = learnerWithProgress("update-ok");
        String progress = session.ok("progress", "--json").out();
        String versionBefore = session.ok("version").out().strip();

        // a repository signed by a key this installation does not trust is refused, nothing changes
        String refused = session.failsWithOneLine("update", "--from", next.folder.toString(), "--check");
        assertTrue(refused.contains("sendero-update.sig"), refused);

        signAndTrust(session);
        String check = session.ok("update", "--from", next.folder.toString(), "--check").out();
        assertTrue(check.contains("Installed:  " + next.oldVersion), check);
        assertTrue(check.contains("Available:  " + next.newVersion), check);
        assertTrue(check.contains("org.sendero.core " + next.oldVersion + " -> " + next.newVersion), check);
        assertEquals(versionBefore, session.ok("version").out().strip(), "--check must not change anything");

        Result installed = session.ok("update", "--from", next.folder.toString(), "--yes");
        assertTrue(installed.out().contains("Installed Sendero " + next.newVersion), installed.out());

        // the next start runs N+1, with the same learners' records
        String versionAfter = session.ok("version").out().strip();
        assertFalse(versionAfter.equals(versionBefore), versionBefore + " is still what runs");
        assertTrue(bundlesInfo(session).contains("org.sendero.core," + next.newVersion), bundlesInfo(session));
        String again = session.ok("update", "--from", next.folder.toString(), "--check").out();
        assertTrue(again.contains("Installed:  " + next.newVersion) && again.contains("is up to date"), again);
        assertEquals(progress, session.ok("progress", "--json").out());
    }

    @Test
    void anUpdateKilledMidwayLeavesThePreviousVersionWorking() throws Exception {
        DataFolderSession session = learnerWithProgress("update-killed");
        String progress = session.ok("progress", "--json").out();
        String versionBefore = session.ok("version").out().strip();
        signAndTrust(session);
        String bundlesBefore = bundlesInfo(session);

        // killed (as by a power cut) once p2 has started to lay down the new version's files
        Path plugins = session.product.home.resolve("plugins");
        ProcessBuilder builder = session.product.sendero(false, "--data", session.data.toString(), "update", "--from",
                next.folder.toString(), "--yes");
        builder.redirectOutput(session.file("killed-out.txt").toFile()).redirectErrorStream(true);
        Process update = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        boolean newFiles = false;
        while (!newFiles && update.isAlive() && System.nanoTime() < deadline) {
            newFiles = hasFileOf(plugins, next.newVersion);
            if (!newFiles) {
                Thread.sleep(5);
            }
        }
        update.descendants().forEach(ProcessHandle::destroyForcibly);
        update.destroyForcibly();
        update.waitFor(30, TimeUnit.SECONDS);
        String output = Files.readString(session.file("killed-out.txt"));
        assertTrue(newFiles, "the update never started to install:\n" + output);
        assertFalse(output.contains("Installed Sendero"), "the update finished before it was killed:\n" + output);

        // the previous version starts, with its own bundles and the same records
        assertEquals(bundlesBefore, bundlesInfo(session));
        assertEquals(versionBefore, session.ok("version").out().strip());
        assertEquals(progress, session.ok("progress", "--json").out());
        String check = session.ok("update", "--from", next.folder.toString(), "--check").out();
        assertTrue(check.contains("Installed:  " + next.oldVersion), check);

        // and the update can simply be run again, this time from the office's web address; p2 says it
        // replaces the files the killed run left
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sendero/", exchange -> serve(exchange, next.folder));
        server.start();
        Result rerun;
        try {
            rerun = session.run("update", "--from",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/sendero/", "--yes");
        } finally {
            server.stop(0);
        }
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertTrue(rerun.out().contains("Installed Sendero " + next.newVersion), rerun.out());
        assertTrue(rerun.err().lines().allMatch(line -> line.startsWith("Artifact repository out of sync.")),
                rerun.err());
        assertTrue(bundlesInfo(session).contains("org.sendero.core," + next.newVersion), bundlesInfo(session));
        assertEquals(progress, session.ok("progress", "--json").out());
    }

    /** Serves the files of {@code folder}, as an office's web server would. */
    private static void serve(HttpExchange exchange, Path folder) throws java.io.IOException {
        Path file = folder.resolve(exchange.getRequestURI().getPath().substring("/sendero/".length())).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, Files.size(file));
        try (var body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    private static String bundlesInfo(DataFolderSession session) throws Exception {
        return Files.readString(session.product.home
                .resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
    }

    private static boolean hasFileOf(Path folder, String version) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().contains("_" + version));
        }
    }
}

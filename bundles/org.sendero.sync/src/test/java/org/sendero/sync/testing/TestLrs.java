package org.sendero.sync.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real Learning Record Store: Learning Locker's statement service (npm {@code xapi-statements}
 * 5.0.1, installed by {@code npm ci --prefix releng/lrs}) run by node on 127.0.0.1 on a free port,
 * with its in-memory models and test authentication (it takes any Basic credentials). Tests are
 * skipped only when node itself is missing.
 */
public final class TestLrs implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private TestLrs(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static TestLrs start(Path folder) throws Exception {
        Assumptions.assumeTrue(nodeInstalled(),
                "node is not installed: the tests against a real Learning Record Store need Node.js (see .ci/run)");
        Path server = server();
        int port = freePort();
        Path storage = Files.createDirectories(folder.resolve("lrs-storage"));
        Path log = folder.resolve("lrs.log");
        ProcessBuilder builder = new ProcessBuilder("node", server.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("EXPRESS_PORT", Integer.toString(port));
        builder.environment().put("AUTH_REPO", "test");
        builder.environment().put("EVENTS_REPO", "test");
        builder.environment().put("MODELS_REPO", "memory");
        builder.environment().put("STORAGE_REPO", "local");
        builder.environment().put("FS_LOCAL_STORAGE_DIR", storage.toString());
        TestLrs lrs = new TestLrs(builder.start(), port, log);
        lrs.awaitUp();
        return lrs;
    }

    private static boolean nodeInstalled() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** releng/lrs of this checkout, found from the test's working folder (the bundle's). */
    private static Path server() {
        Path at = Path.of("").toAbsolutePath();
        while (at != null) {
            Path lrs = at.resolve("releng/lrs");
            if (Files.isRegularFile(lrs.resolve("package-lock.json"))) {
                Path server = lrs.resolve("node_modules/xapi-statements/dist/server.js");
                if (!Files.isRegularFile(server)) {
                    throw new IllegalStateException(server + " is missing: run npm ci --prefix " + lrs);
                }
                return server;
            }
            at = at.getParent();
        }
        throw new IllegalStateException("releng/lrs not found above " + Path.of("").toAbsolutePath());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitUp() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the LRS stopped at start: " + Files.readString(log));
            }
            try {
                HttpResponse<String> about = http.send(HttpRequest.newBuilder(endpoint().resolve("about")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (about.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("the LRS did not answer within 60 s: " + Files.readString(log));
    }

    /** The xAPI endpoint, ending with /. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/xAPI/");
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.forEach(ProcessHandle::destroyForcibly);
    }
}

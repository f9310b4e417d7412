package org.sendero.product.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Assumptions;

/**
 * A real Learning Record Store for the acceptance tests: Learning Locker's statement service (npm
 * {@code xapi-statements}, from {@code npm ci --prefix releng/lrs}) on 127.0.0.1, in memory and with
 * test authentication, behind a proxy on a port of its own that Sendero is pointed at. The proxy
 * refuses connections while "down" and can answer each POST late, so that a push is in flight for a
 * while; the LRS keeps what it stored through it all.
 */
final class LocalLrs implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"actor\"");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "upgrade", "keep-alive", "expect");

    private final Process node;
    private final int lrsPort;
    private final int proxyPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer proxy;
    private volatile Duration postDelay = Duration.ZERO;
    private final java.util.concurrent.atomic.AtomicInteger postsInFlight = new java.util.concurrent.atomic.AtomicInteger();

    private LocalLrs(Process node, int lrsPort, int proxyPort) {
        this.node = node;
        this.lrsPort = lrsPort;
        this.proxyPort = proxyPort;
    }

    /** Starts the LRS; the proxy Sendero talks to stays down until {@link #up()}. */
    static LocalLrs start(Path folder) throws Exception {
        Assumptions.assumeTrue(nodeInstalled(),
                "node is not installed: the results sync tests need Node.js and npm ci --prefix releng/lrs (.ci/run)");
        Path server = Path.of(System.getProperty("user.dir"))
                .resolve("../lrs/node_modules/xapi-statements/dist/server.js")
                .normalize();
        if (!Files.isRegularFile(server)) {
            throw new IllegalStateException(server + " is missing: run npm ci --prefix releng/lrs");
        }
        int lrsPort = freePort();
        Path storage = Files.createDirectories(folder.resolve("lrs-storage"));
        ProcessBuilder builder = new ProcessBuilder("node", server.toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("lrs.log").toFile());
        builder.environment().put("EXPRESS_PORT", Integer.toString(lrsPort));
        builder.environment().put("AUTH_REPO", "test");
        builder.environment().put("EVENTS_REPO", "test");
        builder.environment().put("MODELS_REPO", "memory");
        builder.environment().put("STORAGE_REPO", "local");
        builder.environment().put("FS_LOCAL_STORAGE_DIR", storage.toString());
        LocalLrs lrs = new LocalLrs(builder.start(), lrsPort, freePort());
        lrs.awaitUp(folder.resolve("lrs.log"));
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitUp(Path log) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            if (!node.isAlive()) {
                throw new IllegalStateException("the LRS stopped at start: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lrsPort + "/xAPI/about")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the LRS did not answer within 60 s: " + Files.readString(log));
    }

    /** The endpoint Sendero is given: the proxy's. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxyPort + "/xAPI/");
    }

    synchronized void up() throws IOException {
        if (proxy == null) {
            proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", proxyPort), 0);
            proxy.setExecutor(Executors.newCachedThreadPool());
            proxy.createContext("/", this::forward);
            proxy.start();
        }
    }

    synchronized void down() {
        if (proxy != null) {
            proxy.stop(0);
            proxy = null;
        }
    }

    void postDelay(Duration delay) {
        postDelay = delay;
    }

    private void forward(HttpExchange exchange) throws IOException {
        boolean post = "POST".equals(exchange.getRequestMethod());
        if (post) {
            postsInFlight.incrementAndGet();
        }
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (post && !postDelay.isZero()) {
                Thread.sleep(postDelay.toMillis());
            }
            HttpRequest.Builder request = HttpRequest
                    .newBuilder(URI.create("http://127.0.0.1:" + lrsPort + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] bytes = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (post) {
                postsInFlight.decrementAndGet();
            }
        }
    }

    /** POSTs received and not yet answered: a push in flight. */
    int postsInFlight() {
        return postsInFlight.get();
    }

    /**
     * How many times the LRS holds each statement id, read directly from the LRS: a statement
     * stored twice under one id would be counted twice.
     */
    Map<String, Integer> storedIds() throws Exception {
        Map<String, Integer> ids = new HashMap<>();
        // one page: this LRS's in-memory store sorts by time stored but pages by a random id, so its
        // "more" pages can repeat or skip statements; a single page shows each stored row once
        String next = "/xAPI/statements?limit=100000";
        while (next != null && !next.isEmpty()) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lrsPort + next))
                            .header("X-Experience-API-Version", "1.0.3").header("Authorization", "Basic dGVzdDp0ZXN0")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("GET statements: " + page.statusCode() + " " + page.body());
            }
            Matcher id = ID.matcher(page.body());
            while (id.find()) {
                ids.merge(id.group(1), 1, Integer::sum);
            }
            Matcher more = Pattern.compile("\"more\":\"([^\"]*)\"").matcher(page.body());
            next = more.find() ? more.group(1) : null;
        }
        return ids;
    }

    /** The statement ids of an xAPI export file. */
    static List<String> exportedIds(Path export) throws IOException {
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("^  \\{\\n    \"id\": \"([0-9a-f-]{36})\"", Pattern.MULTILINE)
                .matcher(Files.readString(export));
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    @Override
    public void close() {
        down();
        List<ProcessHandle> all = new ArrayList<>(node.descendants().toList());
        all.add(node.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            node.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.forEach(ProcessHandle::destroyForcibly);
    }
}

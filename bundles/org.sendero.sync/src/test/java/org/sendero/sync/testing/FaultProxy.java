package org.sendero.sync.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands between the sync and the real LRS to make the network fail on purpose: refuse
 * connections (the LRS down), forward a POST and then cut the connection before the answer (the
 * LRS stored the batch, the sender never heard), answer 500, answer too late, or answer 401 to any
 * credentials but the expected ones, as an LRS with real accounts does (the test LRS takes any).
 */
public final class FaultProxy implements AutoCloseable {

    public enum Mode {
        PASS, DOWN, CUT_AFTER_FORWARD, ERROR_500, SLOW
    }

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "upgrade", "keep-alive", "expect");

    private final URI target;
    private final int port;
    private final String expectedAuthorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger posts = new AtomicInteger();
    private volatile Mode mode = Mode.PASS;
    private volatile int cutFromPost = 1;
    private volatile Duration slowness = Duration.ofSeconds(5);
    private HttpServer server;

    public FaultProxy(URI target, String expectedAuthorization) throws IOException {
        this.target = target;
        this.expectedAuthorization = expectedAuthorization;
        this.port = TestLrs.freePort();
        listen();
    }

    private void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + target.getPath());
    }

    /** DOWN stops listening (connections refused); any other mode listens again on the same port. */
    public synchronized void mode(Mode next) throws IOException {
        if (next == Mode.DOWN && mode != Mode.DOWN) {
            server.stop(0);
        } else if (next != Mode.DOWN && mode == Mode.DOWN) {
            listen();
        }
        mode = next;
    }

    /** In CUT_AFTER_FORWARD, the POSTs from the n-th on (1-based, counted from now) are cut. */
    public void cutFromPost(int n) {
        posts.set(0);
        cutFromPost = n;
    }

    public void slowness(Duration wait) {
        slowness = wait;
    }

    public int posts() {
        return posts.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean post = "POST".equals(exchange.getRequestMethod());
            int number = post ? posts.incrementAndGet() : 0;
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"message\":\"Unauthorised\"}");
                return;
            }
            switch (mode) {
                case ERROR_500 -> {
                    answer(exchange, 500, "{\"message\":\"database unavailable\"}");
                    return;
                }
                case SLOW -> sleep(slowness);
                default -> {
                    // forwarded below
                }
            }
            HttpResponse<byte[]> answer = forward(exchange, body);
            if (mode == Mode.CUT_AFTER_FORWARD && post && number >= cutFromPost) {
                // the LRS has the batch; the sender never hears of it
                return;
            }
            exchange.getResponseHeaders().putAll(answer.headers().map());
            exchange.getResponseHeaders().remove("Transfer-Encoding");
            exchange.getResponseHeaders().remove("Content-Length");
            exchange.getResponseHeaders().remove("Connection");
            byte[] bytes = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        URI to = URI.create("http://127.0.0.1:" + target.getPort() + exchange.getRequestURI());
        HttpRequest.Builder request = HttpRequest.newBuilder(to).method(exchange.getRequestMethod(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
    }

    @Override
    public synchronized void close() {
        if (mode != Mode.DOWN) {
            server.stop(0);
        }
    }
}

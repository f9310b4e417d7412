package org.sendero.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.authoring.SigningKey;
import org.sendero.core.content.PackVersion;
import org.sendero.feed.FeedCheck;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedOffer;
import org.sendero.feed.internal.fetch.Downloads;
import org.sendero.feed.testing.Feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A feed on a web server (the JDK's, on 127.0.0.1): the first download of the pack is cut in the
 * middle, the next attempt asks only for the rest with an HTTP Range and installs the pack.
 */
class WebFeedTest {

    @TempDir
    Path temp;

    private HttpServer server;
    private Feeds feeds;
    private SigningKey ministry;
    private Path served;
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    /** How many more pack downloads are cut halfway. */
    private final AtomicInteger cuts = new AtomicInteger();
    /** How many more pack downloads stop sending halfway, the connection left open. */
    private final AtomicInteger stalls = new AtomicInteger();

    @BeforeEach
    void serverAndOffice() throws Exception {
        // a second without a byte ends a download here (a minute in the product)
        feeds = new Feeds(temp,
                new Downloads(HttpClient.newHttpClient(), Duration.ofSeconds(10), Duration.ofSeconds(1)));
        ministry = feeds.key("ministry");
        feeds.settings.trust(ministry.fingerprint(), "Ministry");
        served = temp.resolve("www");
        feeds.pack(served, "1.1.0", Optional.of(ministry));
        feeds.service.build(served);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed/", this::serve);
        // a stalled answer must not hold up the next request
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/";
    }

    private void serve(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/feed/".length());
        Path file = served.resolve(name);
        if (name.contains("/") || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (name.endsWith(".sendero")) {
            ranges.add(range == null ? "whole" : range);
        }
        int from = 0;
        if (range != null && range.matches("bytes=\\d+-")) {
            from = Integer.parseInt(range.substring(6, range.length() - 1));
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length);
            exchange.sendResponseHeaders(206, bytes.length - from);
        } else {
            exchange.sendResponseHeaders(200, bytes.length);
        }
        OutputStream out = exchange.getResponseBody();
        if (name.endsWith(".sendero") && cuts.getAndDecrement() > 0) {
            out.write(bytes, from, (bytes.length - from) / 2);
            out.flush();
            // the connection drops with half the promised bytes sent
            exchange.close();
            return;
        }
        if (name.endsWith(".sendero") && stalls.getAndDecrement() > 0) {
            out.write(bytes, from, (bytes.length - from) / 2);
            out.flush();
            try {
                Thread.sleep(8000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        out.write(bytes, from, bytes.length - from);
        exchange.close();
    }

    @Test
    void aDownloadCutInTheMiddleGoesOnFromWhereItStoppedAndInstalls() throws Exception {
        cuts.set(1);
        String before = feeds.packsHash();
        FeedCheck check = feeds.service.check(Optional.of(url()));
        assertEquals(List.of(), check.problems());
        FeedOffer offer = check.offers().get(0);

        FeedException cut = assertThrows(FeedException.class, () -> feeds.service.install(offer));

        assertTrue(cut.getMessage().contains("test-pack-1.1.0.sendero"), cut.getMessage());
        assertEquals(before, feeds.packsHash());
        Path part = feeds.staging.resolve(offer.pack().sha256() + ".part");
        long arrived = Files.size(part);
        assertTrue(arrived > 0 && arrived < offer.pack().size(), "kept " + arrived + " bytes");

        String said = feeds.service.install(offer);

        assertTrue(said.startsWith("Installed test-pack 1.1.0"), said);
        assertEquals(List.of("whole", "bytes=" + arrived + "-"), ranges);
        assertEquals(PackVersion.parse("1.1.0"), feeds.library.installed().get(0).info().version());
    }

    @Test
    void aDownloadOnWhichNothingArrivesAnyMoreIsEndedAndResumedNextTime() throws Exception {
        stalls.set(1);
        FeedOffer offer = feeds.service.check(Optional.of(url())).offers().get(0);
        long start = System.nanoTime();

        FeedException stalled = assertThrows(FeedException.class, () -> feeds.service.install(offer));

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 7, "ended before the server woke up");
        assertTrue(stalled.getMessage().contains("nothing arrived for 1 s"), stalled.getMessage());
        long arrived = Files.size(feeds.staging.resolve(offer.pack().sha256() + ".part"));
        assertEquals(offer.pack().size() / 2, arrived);

        assertTrue(feeds.service.install(offer).startsWith("Installed test-pack 1.1.0"));
        assertEquals(List.of("whole", "bytes=" + arrived + "-"), ranges);
    }

    @Test
    void aServerThatIgnoresTheRangeSendsTheWholeFileAgainWhichIsAcceptedToo() throws Exception {
        cuts.set(1);
        FeedOffer offer = feeds.service.check(Optional.of(url())).offers().get(0);
        assertThrows(FeedException.class, () -> feeds.service.install(offer));
        server.removeContext("/feed/");
        server.createContext("/feed/", exchange -> {
            byte[] bytes = Files.readAllBytes(served.resolve(exchange.getRequestURI().getPath().substring(6)));
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });

        assertTrue(feeds.service.install(offer).startsWith("Installed test-pack 1.1.0"));
    }

    @Test
    void aFeedOnAnotherComputerMustBeHttps() {
        FeedCheck check = feeds.service.check(Optional.of("http://feeds.example.org/ministry/"));
        assertEquals(List.of(), check.offers());
        assertTrue(check.problems().get(0).contains("must be https://"), check.problems().toString());
    }

    @Test
    void aMissingFeedIsNamedWithTheServersAnswer() {
        FeedCheck check = feeds.service.check(Optional.of(url() + "nowhere/"));
        assertTrue(check.problems().get(0).contains("404"), check.problems().toString());
    }
}

package org.sendero.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.progress.export.QueuedStatement;
import org.sendero.sync.StatusText;
import org.sendero.sync.SyncProblem;
import org.sendero.sync.SyncSettings;
import org.sendero.sync.SyncStatus;
import org.sendero.sync.internal.lrs.LrsAnswer;
import org.sendero.sync.internal.lrs.LrsClient;
import org.sendero.sync.internal.settings.SettingsFile;
import org.sendero.sync.testing.FaultProxy;
import org.sendero.sync.testing.MemoryOutbox;
import org.sendero.sync.testing.MemorySecrets;
import org.sendero.sync.testing.TestLrs;

/**
 * Pushes against a real Learning Record Store (Learning Locker's statement service), through a
 * proxy that makes the network fail on purpose, and reads back what the LRS holds.
 */
class SyncAgainstLrsTest {

    private static final String KEY = "office-north";
    private static final String SECRET = "s3cret-north";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    static Path shared;
    private static TestLrs lrs;
    private static FaultProxy proxy;

    @TempDir
    Path temp;
    private MemoryOutbox outbox;
    private SettingsFile settings;
    private MemorySecrets secrets;
    private SyncEngine engine;

    @BeforeAll
    static void startLrs() throws Exception {
        lrs = TestLrs.start(shared);
        proxy = new FaultProxy(lrs.endpoint(), "Basic " + Base64.getEncoder()
                .encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stopLrs() {
        if (proxy != null) {
            proxy.close();
        }
        if (lrs != null) {
            lrs.close();
        }
    }

    @BeforeEach
    void engine() throws Exception {
        proxy.mode(FaultProxy.Mode.PASS);
        outbox = new MemoryOutbox(URI.create("https://training.example.org/" + UUID.randomUUID() + "/"));
        settings = new SettingsFile(temp.resolve("sync/settings.properties"));
        secrets = new MemorySecrets();
        engine = new SyncEngine(outbox, List::of, settings, secrets, Clock.systemUTC(),
                new SyncEngine.Tuning(Duration.ofHours(1), TIMEOUT,
                        new Backoff(Duration.ofSeconds(30), Duration.ofHours(1)),
                        25));
        configure(proxy.endpoint(), SECRET);
    }

    private void configure(URI endpoint, String secret) throws Exception {
        engine.configure(new SyncSettings(true, Optional.of(endpoint), KEY, outbox.home()),
                Optional.of(secret.toCharArray()));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    /** What the LRS holds for this test's office, by statement id, read back with since/until and more links. */
    private Map<String, Integer> inLrs() throws Exception {
        LrsReading reading = new LrsReading(settings, secrets, Duration.ofSeconds(10));
        Map<String, Integer> times = new HashMap<>();
        for (JsonObject statement : reading.statements(Optional.of(Instant.now().minusSeconds(3600)),
                Optional.empty())) {
            times.merge(statement.get("id").getAsString(), 1, Integer::sum);
        }
        return times;
    }

    private static Map<String, Integer> once(List<String> ids) {
        Map<String, Integer> once = new HashMap<>();
        ids.forEach(id -> once.put(id, 1));
        return once;
    }

    private static String english(SyncStatus status) {
        return new StatusText(Locale.ENGLISH, ZoneOffset.UTC).line(status);
    }

    @Test
    void resultsRecordedOfflineAreAllSentOnceWhenTheServerComesUp() throws Exception {
        outbox.answers(120);
        proxy.mode(FaultProxy.Mode.DOWN);
        SyncStatus offline = engine.pushNow().get();
        assertEquals(SyncProblem.Kind.UNREACHABLE, offline.problem().orElseThrow().kind());
        assertEquals(120, offline.waiting());
        assertEquals(0, offline.sent());
        assertTrue(offline.nextTry().isPresent(), "a back-off follows a failure");
        assertTrue(english(offline).startsWith("Results not sent: cannot reach the results server (127.0.0.1:"),
                english(offline));
        assertTrue(english(offline).endsWith("(120 waiting)"), english(offline));

        proxy.mode(FaultProxy.Mode.PASS);
        SyncStatus online = engine.pushNow().get();
        assertEquals(Optional.empty(), online.problem());
        assertEquals(0, online.waiting());
        assertEquals(120, online.sent());
        assertTrue(english(online).startsWith("All results sent at "), english(online));
        assertEquals(once(outbox.ids()), inLrs(), "every statement in the LRS, each once");

        // what was stored is what was queued: the LRS keeps the statement's own content
        JsonObject stored = new LrsReading(settings, secrets, Duration.ofSeconds(10))
                .statements(Optional.empty(), Optional.empty()).get(0);
        assertEquals(outbox.home().toString(),
                stored.getAsJsonObject("actor").getAsJsonObject("account").get("homePage").getAsString());
        assertEquals("http://adlnet.gov/expapi/verbs/answered",
                stored.getAsJsonObject("verb").get("id").getAsString());
    }

    @Test
    void aBatchStoredButNeverAnsweredIsSentAgainWithoutADouble() throws Exception {
        outbox.answers(100);
        proxy.mode(FaultProxy.Mode.CUT_AFTER_FORWARD);
        proxy.cutFromPost(2);
        SyncStatus cut = engine.pushNow().get();
        assertEquals(SyncProblem.Kind.UNREACHABLE, cut.problem().orElseThrow().kind(), cut.toString());
        assertEquals(25, cut.sent(), "only the answered batch is marked sent");
        assertEquals(75, cut.waiting());
        assertEquals(50, inLrs().size(), "the LRS stored the second batch although nobody heard its answer");

        proxy.mode(FaultProxy.Mode.PASS);
        SyncStatus after = engine.pushNow().get();
        assertEquals(Optional.empty(), after.problem());
        assertEquals(100, after.sent());
        assertEquals(once(outbox.ids()), inLrs(), "nothing lost, nothing doubled");
    }

    @Test
    void aConflictingStatementIsRefusedOnceAndTheRestGoOn() throws Exception {
        List<QueuedStatement> queued = outbox.answers(10);
        JsonObject other = queued.get(4).statement().deepCopy();
        other.getAsJsonObject("result").addProperty("response", "someone else's answer");
        LrsClient direct = new LrsClient(lrs.endpoint(), KEY, SECRET.toCharArray(), Duration.ofSeconds(10));
        assertEquals(new LrsAnswer.Stored(), direct.post(List.of(other)));

        proxy.cutFromPost(1);
        SyncStatus status = engine.pushNow().get();
        assertEquals(Optional.empty(), status.problem(), "a conflict does not stop the push");
        assertEquals(9, status.sent());
        assertEquals(1, status.refused());
        assertEquals(0, status.waiting());
        assertEquals(11, proxy.posts(), "the batch, then its ten statements one by one");
        assertEquals(queued.get(4).id(), engine.refusals().get(0).id());
        assertTrue(engine.refusals().get(0).reason().contains(queued.get(4).id()),
                "the LRS's own message: " + engine.refusals().get(0).reason());
        assertTrue(english(status).endsWith("(1 result refused by the server)"), english(status));

        List<QueuedStatement> more = outbox.answers(5);
        proxy.cutFromPost(1);
        SyncStatus next = engine.pushNow().get();
        assertEquals(1, proxy.posts(), "the refused statement is never sent again");
        assertEquals(14, next.sent());
        Map<String, Integer> stored = inLrs();
        queued.stream().filter(q -> !q.id().equals(queued.get(4).id()))
                .forEach(q -> assertEquals(1, stored.get(q.id()), q.id()));
        more.forEach(q -> assertEquals(1, stored.get(q.id()), q.id()));
    }

    @Test
    void wrongCredentialsSayWhatIsWrongAndLoseNothing() throws Exception {
        outbox.answers(30);
        configure(proxy.endpoint(), "not-the-secret");
        SyncStatus refused = engine.pushNow().get();
        assertEquals(SyncProblem.Kind.CREDENTIALS_REFUSED, refused.problem().orElseThrow().kind());
        assertEquals(30, refused.waiting());
        assertEquals("Results not sent: the results server refused the key and secret (401 Unauthorised)"
                + " (30 waiting)", english(refused));
        assertEquals("Resultados no enviados: el servidor de resultados rechazó la clave y el secreto"
                + " (401 Unauthorised) (30 en espera)",
                new StatusText(Locale.forLanguageTag("es"), ZoneOffset.UTC).line(refused));

        configure(proxy.endpoint(), SECRET);
        SyncStatus sent = engine.pushNow().get();
        assertEquals(30, sent.sent());
        assertEquals(once(outbox.ids()), inLrs());
    }

    @Test
    void aServerErrorBacksOffLongerEachTimeAndLosesNothing() throws Exception {
        outbox.answers(30);
        proxy.mode(FaultProxy.Mode.ERROR_500);
        Instant before = Instant.now();
        SyncStatus first = engine.pushNow().get();
        assertEquals(new SyncProblem(SyncProblem.Kind.SERVER_ERROR, "500 database unavailable"),
                first.problem().orElseThrow());
        assertEquals("Results not sent: the results server has a problem (500 database unavailable) (30 waiting)",
                english(first));
        Duration firstWait = Duration.between(before, first.nextTry().orElseThrow());
        SyncStatus second = engine.pushNow().get();
        Duration secondWait = Duration.between(before, second.nextTry().orElseThrow());
        assertTrue(firstWait.compareTo(Duration.ofSeconds(29)) > 0 && firstWait.compareTo(Duration.ofSeconds(40)) < 0,
                firstWait.toString());
        assertTrue(secondWait.compareTo(Duration.ofSeconds(59)) > 0, "doubled: " + secondWait);
        assertEquals(30, second.waiting());

        proxy.mode(FaultProxy.Mode.PASS);
        SyncStatus sent = engine.pushNow().get();
        assertEquals(Optional.empty(), sent.nextTry(), "a success ends the back-off");
        assertEquals(once(outbox.ids()), inLrs());
    }

    @Test
    void aSlowServerTimesOutWithoutBlockingTheCallerAndLosesNothing() throws Exception {
        outbox.answers(10);
        proxy.mode(FaultProxy.Mode.SLOW);
        proxy.slowness(TIMEOUT.plusSeconds(2));
        long start = System.nanoTime();
        CompletableFuture<SyncStatus> push = engine.pushNow();
        SyncStatus meanwhile = engine.status();
        long returned = System.nanoTime() - start;
        assertTrue(returned < TimeUnit.MILLISECONDS.toNanos(500), "pushNow and status return at once: " + returned);
        assertEquals(0, meanwhile.sent(), "nothing is sent while the server has not answered");
        SyncStatus slow = push.get();
        assertEquals(SyncProblem.Kind.TIMEOUT, slow.problem().orElseThrow().kind());
        assertTrue(english(slow).startsWith("Results not sent: the results server did not answer in time"),
                english(slow));
        assertEquals(10, slow.waiting());

        Thread.sleep(3000); // the LRS gets the late batch and stores it; its answer went nowhere
        proxy.mode(FaultProxy.Mode.PASS);
        assertEquals(10, engine.pushNow().get().sent());
        assertEquals(once(outbox.ids()), inLrs());
    }

    @Test
    void anUntrustedCertificateIsNamedAndNothingIsSent() throws Exception {
        outbox.answers(5);
        try (SelfSignedServer tls = SelfSignedServer.start(temp)) {
            configure(tls.endpoint(), SECRET);
            SyncStatus status = engine.pushNow().get();
            assertEquals(SyncProblem.Kind.UNTRUSTED_CERTIFICATE, status.problem().orElseThrow().kind(),
                    status.toString());
            assertEquals(
                    "Results not sent: the results server's certificate is not trusted by this computer (127.0.0.1:"
                            + tls.endpoint().getPort() + ") (5 waiting)",
                    english(status));
            assertEquals(0, tls.requests(), "no request reaches a server that is not trusted");
            assertEquals(5, status.waiting());
        }
    }

    @Test
    void theBackgroundThreadSendsByItselfOnceTheBackOffIsOver() throws Exception {
        engine.close();
        engine = new SyncEngine(outbox, List::of, settings, secrets, Clock.systemUTC(),
                new SyncEngine.Tuning(Duration.ofMillis(100), TIMEOUT, new Backoff(Duration.ofSeconds(1),
                        Duration.ofSeconds(2)), 25));
        outbox.answers(40);
        proxy.mode(FaultProxy.Mode.DOWN);
        List<SyncStatus> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        engine.addListener(seen::add);
        engine.start(Duration.ZERO);
        await(() -> seen.stream().anyMatch(status -> status.problem().isPresent()));
        proxy.mode(FaultProxy.Mode.PASS);
        await(() -> engine.status().waiting() == 0 && engine.status().problem().isEmpty());
        assertEquals(40, engine.status().sent());
        assertEquals(once(outbox.ids()), inLrs());
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "not within 20 s");
            Thread.sleep(50);
        }
    }
}

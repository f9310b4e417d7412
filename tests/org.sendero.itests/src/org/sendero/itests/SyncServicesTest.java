package org.sendero.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.cli.internal.CommandLineService;
import org.sendero.core.SenderoEnvironment;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;
import org.sendero.progress.export.Outbox;
import org.sendero.sync.SyncProblem;
import org.sendero.sync.SyncService;
import org.sendero.sync.SyncSettings;
import org.sendero.sync.SyncStatus;

/**
 * The results sync inside OSGi: the secret goes to Eclipse secure storage in the data folder with no
 * keyring and no dialog, an answer is queued with its statement, and a push to a closed port is a
 * clear problem with nothing lost.
 */
class SyncServicesTest {

    private static final String SECRET = "itest-secret-5b1e";

    @Test
    void theSecretIsKeptEncryptedHeadlessAndAnAnswerWaitsUntilTheServerAnswers() throws Exception {
        Path data = ServicesTest.service(SenderoEnvironment.class).dataFolder().root();
        SyncService sync = ServicesTest.service(SyncService.class);
        Outbox outbox = ServicesTest.service(Outbox.class);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        sync.configure(new SyncSettings(true, Optional.of(URI.create("http://127.0.0.1:" + closed + "/xAPI/")),
                "office-itest", URI.create("https://training.example.org/itest/")),
                Optional.of(SECRET.toCharArray()));
        Path storage = data.resolve("sync/secure_storage");
        assertTrue(Files.isRegularFile(storage), "secure storage in the data folder");
        for (Path file : List.of(storage, data.resolve("sync/settings.properties"))) {
            assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(SECRET), file + " in clear");
        }

        Learner learner = ServicesTest.service(Learners.class).add("Itest Sync " + System.nanoTime(),
                Optional.empty());
        ProgressStore store = ServicesTest.service(ProgressStore.class);
        long before = outbox.counts().waiting();
        Attempt attempt = store.startAttempt(learner.id(), new QuizRef("p", "c", "m", "q", "en"), 1);
        store.recordAnswer(attempt.id(), "q1", Response.Choices.of(0), 1, Duration.ofSeconds(3));
        assertEquals(before + 1, outbox.counts().waiting(), "queued with the answer");

        SyncStatus status = sync.pushNow().get();
        // the secret was read back from secure storage: the push got as far as the network
        assertEquals(SyncProblem.Kind.UNREACHABLE, status.problem().orElseThrow().kind(), status.toString());
        assertEquals(before + 1, status.waiting());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServicesTest.service(CommandLineService.class).execute(List.of("sync", "--now"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count(), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot reach the results server"), err.toString());
        assertFalse(out.toString(StandardCharsets.UTF_8).contains(SECRET) || err.toString().contains(SECRET));
        sync.configure(new SyncSettings(false, Optional.empty(), "", URI.create("https://sendero.invalid/")),
                Optional.empty());
    }
}

package org.sendero.progress.internal;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.QuizRef;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.internal.db.ProgressDatabase;

/**
 * Run in a child JVM by {@link CrashTest}: answers questions as fast as it can and, after each
 * answer the store acknowledged, appends the answer's id to a log it fsyncs, until it is killed.
 */
public final class AnsweringLoop {

    private AnsweringLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path databaseFile = Path.of(args[0]);
        Path acknowledged = Path.of(args[1]);
        try (ProgressDatabase database = ProgressDatabase.open(databaseFile, Clock.systemUTC());
                FileChannel log = FileChannel.open(acknowledged, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            LearnersService learners = new LearnersService(() -> database, 1000);
            Learner learner = learners.byName("crash").isPresent() ? learners.byName("crash").get()
                    : learners.add("crash", Optional.empty());
            StoreService store = new StoreService(() -> database);
            Attempt attempt = store.startAttempt(learner.id(), new QuizRef("p", "c", "m", "quiz", "en"), 1);
            for (int item = 0;; item++) {
                RecordedAnswer answer = store.recordAnswer(attempt.id(), "item-" + item,
                        new Response.Text("answer " + item + " " + "x".repeat(item % 300)), 1, Duration.ofMillis(item));
                log.write(ByteBuffer.wrap((answer.id() + "\n").getBytes(StandardCharsets.UTF_8)));
                log.force(false);
                if (item == 0) {
                    System.out.println("ANSWERING");
                    System.out.flush();
                }
            }
        }
    }
}

package org.sendero.progress.internal;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.PracticeResult;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.db.ProgressDatabase;

/**
 * Run in a child JVM by {@link PracticeCrashTest}: practises as fast as it can and, after each
 * answer the practice acknowledged, appends its id to a log it fsyncs, until it is killed.
 */
public final class PracticeLoop {

    static final QuizRef QUIZ = new QuizRef("p", "c", "m", "quiz", "en");
    static final int ITEMS = 20;

    private PracticeLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path databaseFile = Path.of(args[0]);
        Path acknowledged = Path.of(args[1]);
        try (ProgressDatabase database = ProgressDatabase.open(databaseFile, Clock.systemUTC());
                FileChannel log = FileChannel.open(acknowledged, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            LearnersService learners = new LearnersService(() -> database, 1000);
            Optional<Learner> known = learners.byName("crash");
            Learner learner = known.isPresent() ? known.get() : learners.add("crash", Optional.empty());
            if (known.isEmpty()) {
                StoreService store = new StoreService(() -> database);
                Attempt attempt = store.startAttempt(learner.id(), QUIZ, 1);
                for (int item = 0; item < ITEMS; item++) {
                    store.recordAnswer(attempt.id(), "item-" + item, new Response.Text("wrong"), 0, Duration.ZERO);
                }
            }
            PracticeComponent practice = new PracticeComponent(() -> database);
            String session = UUID.randomUUID().toString();
            for (int answer = 0;; answer++) {
                PracticeItem item = new PracticeItem(QUIZ, "item-" + answer % ITEMS, 1, LocalDate.now());
                PracticeResult result = practice.record(learner.id(), session, item,
                        new Response.Text("answer " + answer + " " + "x".repeat(answer % 300)), answer % 3 == 0 ? 0 : 1,
                        Duration.ofMillis(answer), ZonedDateTime.now());
                log.write(ByteBuffer.wrap((result.answer().id() + "\n").getBytes(StandardCharsets.UTF_8)));
                log.force(false);
                if (answer == 0) {
                    System.out.println("PRACTISING");
                    System.out.flush();
                }
            }
        }
    }
}

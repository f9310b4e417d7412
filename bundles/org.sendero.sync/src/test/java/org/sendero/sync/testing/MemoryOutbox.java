package org.sendero.sync.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import com.google.gson.JsonObject;

import org.sendero.core.content.Pack;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.QuizRef;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.export.Outbox;
import org.sendero.progress.export.OutboxCounts;
import org.sendero.progress.export.QueuedStatement;
import org.sendero.progress.export.RefusedStatement;
import org.sendero.progress.export.XapiStatements;

/**
 * An outbox in memory with the progress database's rules (oldest first, sent and refused rows
 * never offered again), holding statements built by the export's own builder, so that the LRS
 * receives real Sendero statements. The database outbox itself is tested in the progress bundle.
 */
public final class MemoryOutbox implements Outbox {

    private record Row(QueuedStatement statement, Optional<Instant> sent, Optional<String> refused) {
    }

    private final URI home;

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Learner learner = new Learner(UUID.randomUUID().toString(), "Ana", false, Instant.EPOCH);
    private final Attempt attempt = new Attempt(UUID.randomUUID().toString(), learner.id(),
            new QuizRef("starter", "c1", "m1", "m1-quiz", "es"), 1, Instant.parse("2026-12-01T09:00:00Z"),
            Optional.empty(), OptionalDouble.empty(), Optional.empty(), Duration.ZERO);
    private final XapiStatements builder;

    /** @param home the office home page: one per test, so that each reads back only its own statements */
    public MemoryOutbox(URI home) {
        this.home = home;
        this.builder = new XapiStatements(home, List.of());
    }

    public URI home() {
        return home;
    }

    /** Queues {@code count} answers of one learner, a second apart. */
    public synchronized List<QueuedStatement> answers(int count) {
        List<QueuedStatement> queued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RecordedAnswer answer = new RecordedAnswer(UUID.randomUUID().toString(), attempt.id(), "q" + rows.size(),
                    Response.Choices.of(i % 3), i % 2, Instant.parse("2026-12-01T09:00:00Z").plusSeconds(rows.size()),
                    Duration.ofSeconds(5));
            queued.add(add(builder.answered(learner, attempt, answer), answer.id()));
        }
        return queued;
    }

    /** Queues a statement as given (e.g. one whose id the LRS holds with other content). */
    public synchronized QueuedStatement add(JsonObject statement, String rowId) {
        QueuedStatement queued = new QueuedStatement("answered", rowId, statement.get("id").getAsString(), statement);
        rows.put(queued.id(), new Row(queued, Optional.empty(), Optional.empty()));
        return queued;
    }

    @Override
    public synchronized List<QueuedStatement> waiting(int max, URI homePage, List<Pack> packs) {
        return rows.values().stream().filter(row -> row.sent().isEmpty() && row.refused().isEmpty())
                .map(Row::statement).limit(max).toList();
    }

    @Override
    public synchronized void sent(List<QueuedStatement> statements, Instant at) {
        for (QueuedStatement statement : statements) {
            Row row = rows.get(statement.id());
            if (row.sent().isEmpty()) {
                rows.put(statement.id(), new Row(row.statement(), Optional.of(at), row.refused()));
            }
        }
    }

    @Override
    public synchronized void refused(QueuedStatement statement, String reason) {
        Row row = rows.get(statement.id());
        rows.put(statement.id(), new Row(row.statement(), row.sent(), Optional.of(reason)));
    }

    @Override
    public synchronized OutboxCounts counts() {
        long waiting = rows.values().stream().filter(row -> row.sent().isEmpty() && row.refused().isEmpty()).count();
        long sent = rows.values().stream().filter(row -> row.sent().isPresent()).count();
        long refused = rows.values().stream().filter(row -> row.refused().isPresent()).count();
        Optional<Instant> last = rows.values().stream().flatMap(row -> row.sent().stream()).max(Instant::compareTo);
        return new OutboxCounts(waiting, sent, refused, last);
    }

    @Override
    public synchronized List<RefusedStatement> refusals() {
        return rows.values().stream().filter(row -> row.refused().isPresent())
                .map(row -> new RefusedStatement(row.statement().id(), row.statement().verb(), learner.id(),
                        Instant.EPOCH, row.refused().get()))
                .toList();
    }

    public synchronized List<String> ids() {
        return List.copyOf(rows.keySet());
    }
}

package org.sendero.sync.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.sendero.core.content.Pack;
import org.sendero.progress.ProgressException;
import org.sendero.progress.export.Outbox;
import org.sendero.progress.export.QueuedStatement;
import org.sendero.sync.SyncProblem;
import org.sendero.sync.internal.lrs.LrsAnswer;
import org.sendero.sync.internal.lrs.LrsClient;

/**
 * One push: the outbox's statements in batches, oldest first, until it is empty or a batch fails.
 * A statement is marked sent only after a 2xx, so a push cut off anywhere (network, server, the
 * process killed) sends it again next time, and the server, which already has it with the same id
 * and content, answers 2xx without storing it twice. A 409 on a batch sends its statements one by
 * one; a 409 for one statement marks it refused with the server's message, and the rest go on.
 */
public final class Pusher {

    /** What one push did. */
    public record Result(int sent, int refused, Optional<SyncProblem> problem) {
    }

    private final Outbox outbox;
    private final LrsClient client;
    private final URI homePage;
    private final Supplier<List<Pack>> packs;
    private final int batchSize;
    private final Clock clock;

    public Pusher(Outbox outbox, LrsClient client, URI homePage, Supplier<List<Pack>> packs, int batchSize,
            Clock clock) {
        this.outbox = outbox;
        this.client = client;
        this.homePage = homePage;
        this.packs = packs;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    public Result push() {
        int sent = 0;
        int refused = 0;
        try {
            List<Pack> names = packs.get();
            while (true) {
                List<QueuedStatement> batch = outbox.waiting(batchSize, homePage, names);
                if (batch.isEmpty()) {
                    return new Result(sent, refused, Optional.empty());
                }
                LrsAnswer answer = client.post(batch.stream().map(QueuedStatement::statement).toList());
                switch (answer) {
                    case LrsAnswer.Stored stored -> {
                        outbox.sent(batch, clock.instant());
                        sent += batch.size();
                    }
                    case LrsAnswer.Conflict conflict -> {
                        for (QueuedStatement statement : batch) {
                            LrsAnswer alone = client.post(List.of(statement.statement()));
                            switch (alone) {
                                case LrsAnswer.Stored ok -> {
                                    outbox.sent(List.of(statement), clock.instant());
                                    sent++;
                                }
                                case LrsAnswer.Conflict refusal -> {
                                    outbox.refused(statement, refusal.message());
                                    refused++;
                                }
                                case LrsAnswer.Failed failed -> {
                                    return new Result(sent, refused, Optional.of(failed.problem()));
                                }
                            }
                        }
                    }
                    case LrsAnswer.Failed failed -> {
                        return new Result(sent, refused, Optional.of(failed.problem()));
                    }
                }
            }
        } catch (ProgressException e) {
            return new Result(sent, refused, Optional.of(new SyncProblem(SyncProblem.Kind.LOCAL, e.getMessage())));
        }
    }
}

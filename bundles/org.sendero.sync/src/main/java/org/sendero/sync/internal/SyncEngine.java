package org.sendero.sync.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.sendero.core.content.Pack;
import org.sendero.progress.ProgressException;
import org.sendero.progress.export.Outbox;
import org.sendero.progress.export.OutboxCounts;
import org.sendero.progress.export.RefusedStatement;
import org.sendero.sync.SyncException;
import org.sendero.sync.SyncProblem;
import org.sendero.sync.SyncService;
import org.sendero.sync.SyncSettings;
import org.sendero.sync.SyncStatus;
import org.sendero.sync.internal.lrs.LrsClient;
import org.sendero.sync.internal.settings.SecretStore;
import org.sendero.sync.internal.settings.SettingsFile;

/**
 * The sync's one background thread: every {@code interval} it counts the outbox and, when results
 * wait and no back-off is running, pushes them. Every push, automatic or asked for, runs on this
 * thread, so two never overlap in one process, and callers only ever wait for a future.
 */
public final class SyncEngine implements SyncService, AutoCloseable {

    /** How the engine is tuned: production values in {@link #DEFAULT}, shorter ones in tests. */
    public record Tuning(Duration interval, Duration timeout, Backoff backoff, int batchSize) {
        public static final Tuning DEFAULT = new Tuning(Duration.ofMinutes(1), Duration.ofSeconds(30), Backoff.DEFAULT,
                50);
    }

    private final Outbox outbox;
    private final Supplier<List<Pack>> packs;
    private final SettingsFile settingsFile;
    private final SecretStore secrets;
    private final Clock clock;
    private final Tuning tuning;
    private final ScheduledExecutorService thread;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();

    private volatile SyncStatus status = new SyncStatus(false, false, false, 0, 0, 0, Optional.empty(),
            Optional.empty(), Optional.empty());
    // touched on the sync thread only
    private int failures;
    private Optional<SyncProblem> problem = Optional.empty();
    private Optional<Instant> nextTry = Optional.empty();

    public SyncEngine(Outbox outbox, Supplier<List<Pack>> packs, SettingsFile settingsFile, SecretStore secrets,
            Clock clock, Tuning tuning) {
        this.outbox = outbox;
        this.packs = packs;
        this.settingsFile = settingsFile;
        this.secrets = secrets;
        this.clock = clock;
        this.tuning = tuning;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread sync = new Thread(runnable, "Sendero results sync");
            sync.setDaemon(true);
            return sync;
        });
    }

    /**
     * Starts the automatic pushes, the first after {@code delay}. Nothing is read until then, and the
     * progress database only when sending is on: every command line run starts the sync, and most
     * have nothing to do with it. A status line asks for a first status with {@link #refresh()}.
     */
    public void start(Duration delay) {
        thread.scheduleWithFixedDelay(this::tick, delay.toMillis(), tuning.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            SyncSettings settings = settingsFile.read();
            if (!settings.enabled() || !settings.configured()) {
                return;
            }
            OutboxCounts counts = outbox.counts();
            boolean due = nextTry.map(at -> !clock.instant().isBefore(at)).orElse(true);
            if (counts.waiting() > 0 && due) {
                push(settings);
            } else {
                publish(settings, counts, false);
            }
        } catch (SyncException | ProgressException | RuntimeException e) {
            // the thread must survive anything, or sending would stop for good
            problem = Optional.of(new SyncProblem(SyncProblem.Kind.LOCAL, e.getMessage()));
            publishQuietly();
        }
    }

    @Override
    public CompletableFuture<SyncStatus> pushNow() {
        CompletableFuture<SyncStatus> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    push(settingsFile.read());
                } catch (SyncException | RuntimeException e) {
                    problem = Optional.of(new SyncProblem(SyncProblem.Kind.LOCAL, e.getMessage()));
                    publishQuietly();
                }
                done.complete(status);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            done.complete(status);
        }
        return done;
    }

    private void push(SyncSettings settings) {
        try {
            if (!settings.enabled() || !settings.configured()) {
                publish(settings, outbox.counts(), false);
                return;
            }
            Optional<char[]> secret = secrets.secret();
            if (secret.isEmpty()) {
                fail(new SyncProblem(SyncProblem.Kind.CREDENTIALS_REFUSED,
                        "no secret saved for key " + settings.key()));
                publish(settings, outbox.counts(), false);
                return;
            }
            publish(settings, outbox.counts(), true);
            LrsClient client = new LrsClient(settings.endpoint().orElseThrow(), settings.key(), secret.get(),
                    tuning.timeout());
            Arrays.fill(secret.get(), '\0');
            Pusher.Result result = new Pusher(outbox, client, settings.homePage(), packs, tuning.batchSize(), clock)
                    .push();
            if (result.problem().isPresent()) {
                fail(result.problem().get());
            } else {
                failures = 0;
                problem = Optional.empty();
                nextTry = Optional.empty();
            }
            publish(settings, outbox.counts(), false);
        } catch (SyncException | ProgressException e) {
            fail(new SyncProblem(SyncProblem.Kind.LOCAL, e.getMessage()));
            publishQuietly();
        }
    }

    private void fail(SyncProblem why) {
        failures++;
        problem = Optional.of(why);
        nextTry = Optional.of(clock.instant().plus(tuning.backoff().after(failures)));
    }

    private void publish(SyncSettings settings, OutboxCounts counts, boolean sending) {
        status = new SyncStatus(settings.enabled(), settings.configured(), sending, counts.waiting(), counts.sent(),
                counts.refused(), counts.lastSent(), problem, problem.isPresent() ? nextTry : Optional.empty());
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                // one listener's failure must not stop the others or the sync
            }
        }
    }

    private void publishQuietly() {
        try {
            publish(settingsFile.read(), outbox.counts(), false);
        } catch (SyncException | ProgressException | RuntimeException e) {
            status = new SyncStatus(status.enabled(), status.configured(), false, status.waiting(), status.sent(),
                    status.refused(), status.lastSent(), problem, nextTry);
        }
    }

    /** Counts the outbox again on the sync thread, e.g. after an answer, for the status line. */
    @Override
    public CompletableFuture<SyncStatus> refresh() {
        CompletableFuture<SyncStatus> done = new CompletableFuture<>();
        thread.execute(() -> {
            publishQuietly();
            done.complete(status);
        });
        return done;
    }

    @Override
    public SyncStatus status() {
        return status;
    }

    @Override
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    @Override
    public SyncSettings settings() throws SyncException {
        return settingsFile.read();
    }

    @Override
    public void configure(SyncSettings settings, Optional<char[]> secret) throws SyncException {
        try {
            if (secret.isPresent()) {
                secrets.store(secret.get());
            }
        } finally {
            secret.ifPresent(chars -> Arrays.fill(chars, '\0'));
        }
        settingsFile.write(settings);
        // new settings deserve a try at once, not at the end of an old back-off
        thread.execute(() -> {
            failures = 0;
            problem = Optional.empty();
            nextTry = Optional.empty();
            publishQuietly();
        });
    }

    @Override
    public List<RefusedStatement> refusals() throws SyncException {
        try {
            return outbox.refusals();
        } catch (ProgressException e) {
            throw new SyncException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            // an interrupted push leaves its batch waiting: it is sent again next time
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

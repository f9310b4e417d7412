package org.sendero.feed.internal.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ends a download on which nothing has arrived for a while. The JDK's client limits the wait for an
 * answer, not the wait between bytes once the body flows: on a connection that dies silently (a
 * satellite link dropping, a mobile network moving), a read would wait for ever. Closing the stream
 * makes the read return; what arrived stays for the next attempt.
 */
final class Stall implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "Sendero feed download watch");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicLong last = new AtomicLong(System.nanoTime());
    private final AtomicBoolean stalled = new AtomicBoolean();
    private final ScheduledFuture<?> watch;

    Stall(InputStream in, Duration idle) {
        long period = Math.max(50, idle.toMillis() / 4);
        watch = TIMER.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - last.get() > idle.toNanos() && stalled.compareAndSet(false, true)) {
                try {
                    in.close();
                } catch (IOException e) {
                    // closed or failing: either way the read returns
                }
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    void progressed() {
        last.set(System.nanoTime());
    }

    boolean stalled() {
        return stalled.get();
    }

    @Override
    public void close() {
        watch.cancel(false);
    }
}

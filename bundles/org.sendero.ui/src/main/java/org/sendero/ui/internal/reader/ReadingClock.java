package org.sendero.ui.internal.reader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Measures how long a lesson is really in front of the learner: shown in the reader, the window
 * active and not minimised, the reader not hidden behind another part, and a key, a click or the
 * mouse wheel used in the window within the idle limit. Each stretch of reading is told, on the UI
 * thread, when it ends. After the idle limit without input, the time since the last input is not
 * counted: nobody can say when the learner left.
 */
public final class ReadingClock {

    /** No input in the window for this long: the learner has stepped away. */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(5);
    private static final int[] INPUT = { SWT.KeyDown, SWT.MouseDown, SWT.MouseWheel };
    private static final int[] WINDOW = { SWT.Activate, SWT.Deactivate, SWT.Iconify, SWT.Deiconify };
    private static final int[] VISIBILITY = { SWT.Show, SWT.Hide };

    private final Control part;
    private final Shell shell;
    private final Display display;
    private final BiConsumer<String, Duration> stretchEnded;
    private final Listener input = this::input;
    private final Listener window = this::window;
    private final Listener visibility = event -> update();
    private final Runnable check = this::check;
    /** The part and its ancestors: a tab switch hides one of them, not the part itself. */
    private final List<Control> chain = new ArrayList<>();

    private Duration idleLimit = IDLE_LIMIT;
    private Optional<String> lesson = Optional.empty();
    private boolean active;
    private boolean idle;
    private long lastInput = System.nanoTime();
    /** When the running stretch began, by {@link System#nanoTime()}; empty while stopped. */
    private Optional<Long> since = Optional.empty();

    /**
     * @param stretchEnded told the lesson's id and the time it was read, each time the clock stops
     */
    public ReadingClock(Control part, BiConsumer<String, Duration> stretchEnded) {
        this.part = part;
        this.shell = part.getShell();
        this.display = part.getDisplay();
        this.stretchEnded = stretchEnded;
        Shell focused = display.getActiveShell();
        // a window system that reports no active window at all still has the learner at this one
        active = !shell.getMinimized() && (focused == null || focused == shell);
        for (int type : INPUT) {
            display.addFilter(type, input);
        }
        for (int type : WINDOW) {
            shell.addListener(type, window);
        }
        for (Control control = part; control != null && control != shell; control = control.getParent()) {
            chain.add(control);
            for (int type : VISIBILITY) {
                control.addListener(type, visibility);
            }
        }
    }

    /** The lesson now in the reader, or empty for a guidance document or nothing. */
    public void show(Optional<String> lessonId) {
        stop(System.nanoTime());
        lesson = lessonId;
        lastInput = System.nanoTime();
        idle = false;
        update();
    }

    /** For tests: a shorter time without input before the clock stops. */
    public void setIdleLimit(Duration limit) {
        idleLimit = limit;
        update();
    }

    public boolean running() {
        return since.isPresent();
    }

    private void input(Event event) {
        if (event.widget instanceof Control control && !control.isDisposed() && control.getShell() == shell) {
            lastInput = System.nanoTime();
            idle = false;
            update();
        }
    }

    private void window(Event event) {
        switch (event.type) {
            case SWT.Activate, SWT.Deiconify -> {
                active = true;
                lastInput = System.nanoTime();
                idle = false;
            }
            default -> active = false;
        }
        update();
    }

    private boolean shouldRun() {
        return lesson.isPresent() && active && !idle && !part.isDisposed() && part.isVisible() && !shell.getMinimized();
    }

    private void update() {
        if (shouldRun()) {
            if (since.isEmpty()) {
                since = Optional.of(System.nanoTime());
                display.timerExec(checkInterval(), check);
            }
        } else {
            stop(System.nanoTime());
        }
    }

    /** While running: looks for idleness, and for a hiding that sent no event to the chain. */
    private void check() {
        if (since.isEmpty() || part.isDisposed()) {
            return;
        }
        if (System.nanoTime() - lastInput >= idleLimit.toNanos()) {
            idle = true;
            stop(lastInput);
            return;
        }
        update();
        if (since.isPresent()) {
            display.timerExec(checkInterval(), check);
        }
    }

    private int checkInterval() {
        return (int) Math.max(50, Math.min(idleLimit.toMillis() / 4, 10_000));
    }

    private void stop(long end) {
        if (since.isEmpty()) {
            return;
        }
        long begun = since.get();
        since = Optional.empty();
        display.timerExec(-1, check);
        Duration read = Duration.ofNanos(Math.max(0, end - begun));
        if (!read.isZero() && lesson.isPresent()) {
            stretchEnded.accept(lesson.get(), read);
        }
    }

    /** Ends the stretch running now and lets go of the window. */
    public void close() {
        stop(System.nanoTime());
        lesson = Optional.empty();
        if (display.isDisposed()) {
            return;
        }
        for (int type : INPUT) {
            display.removeFilter(type, input);
        }
        if (!shell.isDisposed()) {
            for (int type : WINDOW) {
                shell.removeListener(type, window);
            }
        }
        for (Control control : chain) {
            if (!control.isDisposed()) {
                for (int type : VISIBILITY) {
                    control.removeListener(type, visibility);
                }
            }
        }
    }
}

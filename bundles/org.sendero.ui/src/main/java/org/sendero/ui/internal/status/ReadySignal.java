package org.sendero.ui.internal.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells an observer outside the process (the start-up benchmark, the installed product's smoke
 * test) that the library is on screen: when the system property {@value #PROPERTY} names a file,
 * the number of courses shown is written to it once, whole (written aside, then moved), so that a
 * poller never reads half a line. Without the property it does nothing.
 */
public final class ReadySignal {

    public static final String PROPERTY = "sendero.signal.libraryShown";

    private static final AtomicBoolean SENT = new AtomicBoolean();

    private ReadySignal() {
    }

    public static void libraryShown(long courses) {
        String target = System.getProperty(PROPERTY);
        if (target == null || courses == 0 || !SENT.compareAndSet(false, true)) {
            return;
        }
        Path file = Path.of(target);
        try {
            Path aside = Files.createTempFile(file.toAbsolutePath().getParent(), "signal", ".tmp");
            Files.writeString(aside, "courses=" + courses + "\n");
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // only an observer misses the signal; the workbench is unaffected
        }
    }
}

package org.sendero.ui.internal.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells an observer outside the process (the start-up benchmark, the installed product's tests)
 * that something a person waits for is on screen: when the system property {@value #PROPERTY}
 * (the library) or {@value #HOME_PROPERTY} (Home with its course cards) names a file, a line
 * saying how many courses are shown is written to it once, whole (written aside, then moved), so
 * that a poller never reads half a line. Without the property it does nothing.
 */
public final class ReadySignal {

    public static final String PROPERTY = "sendero.signal.libraryShown";
    public static final String HOME_PROPERTY = "sendero.signal.homeShown";

    private static final Set<String> SENT = ConcurrentHashMap.newKeySet();

    private ReadySignal() {
    }

    public static void libraryShown(long courses) {
        send(PROPERTY, courses);
    }

    public static void homeShown(long courses) {
        send(HOME_PROPERTY, courses);
    }

    private static void send(String property, long courses) {
        String target = System.getProperty(property);
        if (target == null || courses == 0 || !SENT.add(property)) {
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

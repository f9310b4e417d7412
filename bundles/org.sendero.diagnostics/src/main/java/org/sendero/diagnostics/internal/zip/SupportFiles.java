package org.sendero.diagnostics.internal.zip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.sendero.core.DataFolder;

/**
 * The files support reads first: the workbench's and the command line's logs (with the copies
 * Eclipse keeps when a log grows), and the JVM's crash logs, which land in the logs folder, the data
 * folder or the folder Sendero was started from. Heap dumps are never taken: they hold everything
 * that was in memory, learners' answers included.
 */
public final class SupportFiles {

    private SupportFiles() {
    }

    /**
     * Every log file of the logs folder, crash logs included, by name; then the workbench's own
     * log, where Eclipse writes when it was started without the launcher's log file setting.
     */
    public static List<Path> logs(DataFolder data) throws IOException {
        List<Path> logs = new ArrayList<>(list(data.logs(), SupportFiles::isLog));
        logs.addAll(list(data.root().resolve("workbench/.metadata"), name -> name.equals(".log")));
        return logs;
    }

    /** JVM crash logs outside the logs folder: in the data folder, its workbench folder or {@code startedIn}. */
    public static List<Path> strayCrashLogs(DataFolder data, Path startedIn) throws IOException {
        Set<Path> found = new LinkedHashSet<>();
        for (Path folder : List.of(data.root(), data.root().resolve("workbench"), startedIn)) {
            found.addAll(list(folder, SupportFiles::isCrashLog));
        }
        found.removeIf(file -> file.toAbsolutePath().normalize().startsWith(data.logs()));
        return new ArrayList<>(found);
    }

    /** Every crash log, wherever it is. */
    public static List<Path> crashLogs(DataFolder data, Path startedIn) throws IOException {
        List<Path> all = new ArrayList<>(list(data.logs(), SupportFiles::isCrashLog));
        all.addAll(strayCrashLogs(data, startedIn));
        return all;
    }

    static boolean isLog(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".log") || lower.matches(".*\\.log\\.bak_\\d+")) && !isSecret(lower);
    }

    static boolean isCrashLog(String name) {
        return name.matches("(hs_err|replay)_pid\\d+\\.log");
    }

    /** Eclipse's secure storage, wherever it sits, is never read. */
    static boolean isSecret(String lowerName) {
        return lowerName.contains("secure_storage") || lowerName.endsWith(".key") || lowerName.endsWith(".pem");
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<String> wanted) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> wanted.test(file.getFileName().toString()))
                    .map(file -> file.toAbsolutePath().normalize()).sorted().toList();
        }
    }
}

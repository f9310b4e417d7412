package org.sendero.diagnostics.internal.health;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sendero.content.InstalledPack;
import org.sendero.diagnostics.Finding;
import org.sendero.progress.DatabaseHealth;
import org.sendero.search.IndexCheck;

/**
 * Turns what was measured into findings with advice in plain words. No input or output here: each
 * method takes the facts, so that the advice can be checked for every case.
 */
public final class Advice {

    static final String DATA = "Data folder";
    static final String DISK = "Disk space";
    static final String JAVA = "Java";
    static final String INDEX = "Search index";
    static final String DATABASE = "Progress database";
    static final String PACKS = "Pack signers";
    static final String CRASHES = "Crash logs";

    /** Below this, an answer may fail to be recorded at any moment. */
    static final long TOO_LITTLE_SPACE = 200L * 1024 * 1024;
    /** Below this, or 5 % of the disk, it is time to free space. */
    static final long LITTLE_SPACE = 1024L * 1024 * 1024;

    private Advice() {
    }

    public static Finding dataFolder(Path root, boolean exists, boolean writable) {
        if (!exists) {
            return Finding.problem(DATA, root + " does not exist",
                    "start Sendero once, or check --data / SENDERO_HOME points at the right folder");
        }
        if (!writable) {
            return Finding.problem(DATA, root + " is not writable",
                    "give the user who runs Sendero the right to write there (answers cannot be recorded)");
        }
        return Finding.ok(DATA, root + " is writable");
    }

    public static Finding disk(long usable, long total) {
        String detail = megabytes(usable) + " free of " + megabytes(total);
        if (usable < TOO_LITTLE_SPACE) {
            return Finding.problem(DISK, "the disk is almost full: " + detail,
                    "free space on the disk of the data folder now: learners' answers cannot be saved on a full disk");
        }
        if (usable < LITTLE_SPACE || usable < total / 20) {
            return Finding.note(DISK, "little space left: " + detail,
                    "free some space on the disk of the data folder soon");
        }
        return Finding.ok(DISK, detail);
    }

    public static Finding java(Runtime.Version version, String vendor, Path home) {
        String detail = "Java " + version + " (" + vendor + ") at " + home;
        if (version.feature() < 21) {
            return Finding.problem(JAVA, detail + " is too old",
                    "use the Java runtime bundled with Sendero (the jre folder) or install Java 21 or newer");
        }
        return Finding.ok(JAVA, detail);
    }

    /** The index as Sendero's own check saw it; {@code folderMissing} when there was no index folder at all. */
    public static Finding index(boolean folderMissing, IndexCheck check) {
        if (folderMissing) {
            return Finding.problem(INDEX, "the index folder is missing, search finds nothing until it is rebuilt",
                    "run: sendero index --rebuild");
        }
        if (check.schema().isEmpty()) {
            return Finding.problem(INDEX, "there is no search index yet", "run: sendero index --rebuild");
        }
        String counts = check.documents() + " documents, " + check.sections() + " sections";
        if (check.problems().stream().anyMatch(p -> p.contains("damaged"))) {
            return Finding.problem(INDEX, "the index is damaged (" + counts + ")", "run: sendero index --rebuild");
        }
        if (check.problems().stream().anyMatch(p -> p.contains("another Sendero process"))) {
            return Finding.note(INDEX, "another Sendero is updating the index (" + counts + ")",
                    "run sendero diagnose again when it has finished");
        }
        if (!check.ok()) {
            return Finding.problem(INDEX, "the index is out of date (" + counts + ", " + check.pending() + " pending)",
                    "run: sendero index --rebuild");
        }
        return Finding.ok(INDEX, "up to date: " + counts);
    }

    public static Finding indexUnreadable(String reason) {
        return Finding.problem(INDEX, "cannot be read: " + reason, "run: sendero index --rebuild");
    }

    public static Finding database(DatabaseHealth health) {
        String counts = count(health.learners(), "learner") + ", " + count(health.attempts(), "attempt") + ", "
                + count(health.notes(), "note");
        if (!health.sound()) {
            return Finding.problem(DATABASE,
                    "the integrity check failed (" + health.integrity().size() + " errors; " + counts + ")",
                    "close Sendero, keep a copy of progress.db, restore the last backup, and send the diagnostics"
                            + " file to support");
        }
        return Finding.ok(DATABASE, "integrity ok, schema " + health.schema() + ": " + counts);
    }

    public static Finding databaseUnreadable(String reason) {
        return Finding.problem(DATABASE, "cannot be opened: " + reason,
                "close every Sendero window and try again; if it stays, restore the last backup and send the"
                        + " diagnostics file to support");
    }

    /**
     * Signed packs whose key is not one of the trusted offices' keys: someone may have handed out
     * a copy made by another key.
     */
    public static Finding signers(List<InstalledPack> packs, Set<String> trustedKeys) {
        List<String> unknown = packs.stream()
                .filter(pack -> pack.signer().isPresent() && !trustedKeys.contains(pack.signer().get()))
                .map(pack -> pack.info().id() + " (" + pack.signer().get() + ")").toList();
        long signed = packs.stream().filter(pack -> pack.signer().isPresent()).count();
        if (unknown.isEmpty()) {
            return Finding.ok(PACKS, count(packs.size(), "pack") + ", " + signed + " signed, every signer trusted");
        }
        return Finding.note(PACKS, "signed by a key no trusted office has: " + String.join(", ", unknown),
                "ask your training office whether these keys are theirs; if so trust their key with sendero"
                        + " certificate trust KEYFILE, if not remove the pack with sendero remove ID");
    }

    public static Finding crashes(List<Path> crashLogs) {
        if (crashLogs.isEmpty()) {
            return Finding.ok(CRASHES, "none");
        }
        String names = crashLogs.stream().map(file -> String.valueOf(file.getFileName()))
                .collect(Collectors.joining(", "));
        return Finding.note(CRASHES, "Java crashed " + crashLogs.size() + " time(s): " + names,
                "send the file of sendero diagnose -o FILE.zip to support, then delete these crash logs");
    }

    private static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static String megabytes(long bytes) {
        return bytes >= 10L * 1024 * 1024 * 1024 ? bytes / (1024L * 1024 * 1024) + " GB"
                : bytes / (1024 * 1024) + " MB";
    }
}

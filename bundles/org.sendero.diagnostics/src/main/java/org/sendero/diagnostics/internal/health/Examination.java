package org.sendero.diagnostics.internal.health;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sendero.diagnostics.Finding;
import org.sendero.diagnostics.HealthReport;
import org.sendero.progress.DatabaseHealth;
import org.sendero.search.IndexCheck;

/**
 * Runs every check once and keeps, beside the summary, the full results of the index and database
 * checks that the diagnostics file holds.
 *
 * @param report the summary
 * @param indexText the index check as {@code sendero index --check} shows it
 * @param databaseText {@code PRAGMA integrity_check} and the counts
 * @param crashLogs the JVM crash logs found
 */
public record Examination(HealthReport report, String indexText, String databaseText, List<Path> crashLogs) {

    public static Examination of(Sources sources, List<Path> crashLogs) {
        Path root = sources.data().root();
        List<Finding> findings = new ArrayList<>();
        findings.add(Advice.dataFolder(root, Files.isDirectory(root), writable(root)));
        findings.add(disk(root));
        findings.add(Advice.java(Runtime.version(), System.getProperty("java.vendor", "?"),
                Path.of(System.getProperty("java.home", "?"))));
        // looked at before the index service is asked: starting it begins an update that would hide the loss
        boolean indexMissing = Files.isDirectory(root) && !Files.isDirectory(sources.data().index());
        String indexText;
        try {
            IndexCheck check = sources.index();
            findings.add(Advice.index(indexMissing, check));
            indexText = (indexMissing ? "The index folder was missing when the check started.\n" : "") + "Index schema "
                    + (check.schema().isEmpty() ? "none" : check.schema()) + ": " + check.documents() + " documents, "
                    + check.sections() + " sections, " + check.pending() + " pending\n"
                    + String.join("\n", check.problems()) + "\n";
        } catch (Exception e) {
            findings.add(Advice.indexUnreadable(reason(e)));
            indexText = "The index check failed: " + reason(e) + "\n";
        }
        String databaseText;
        try {
            DatabaseHealth health = sources.database();
            findings.add(Advice.database(health));
            databaseText = "PRAGMA integrity_check:\n" + String.join("\n", health.integrity()) + "\n\nSchema version: "
                    + health.schema() + "\nLearners: " + health.learners() + "\nAttempts: " + health.attempts()
                    + "\nAnswers: " + health.answers() + "\nNotes: " + health.notes() + "\nPractice answers: "
                    + health.practiceAnswers() + "\n";
        } catch (Exception e) {
            findings.add(Advice.databaseUnreadable(reason(e)));
            databaseText = "The database could not be checked: " + reason(e) + "\n";
        }
        try {
            findings.add(Advice.signers(sources.packs(), sources.trustedKeys()));
        } catch (Exception e) {
            findings.add(Finding.problem(Advice.PACKS, "the installed packs cannot be read: " + reason(e),
                    "run sendero packs to see which pack is damaged, and import it again"));
        }
        findings.add(Advice.crashes(crashLogs));
        return new Examination(new HealthReport(findings), indexText, databaseText, List.copyOf(crashLogs));
    }

    private static Finding disk(Path root) {
        try {
            Path existing = root;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            FileStore store = Files.getFileStore(existing == null ? root : existing);
            return Advice.disk(store.getUsableSpace(), store.getTotalSpace());
        } catch (IOException e) {
            return Finding.note(Advice.DISK, "cannot tell the free space: " + reason(e), "check the disk by hand");
        }
    }

    /** Tries to write, rather than trusting permissions: a read-only mount or an ACL says no only then. */
    private static boolean writable(Path root) {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try {
            Path probe = Files.createTempFile(root, ".diagnose", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}

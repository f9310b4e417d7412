package org.sendero.diagnostics.internal.zip;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.sendero.diagnostics.DiagnosticsProgress;
import org.sendero.diagnostics.SavedDiagnostics;
import org.sendero.diagnostics.internal.health.Examination;
import org.sendero.diagnostics.internal.health.Sources;

/**
 * What goes into the diagnostics zip, entry by entry. When the learners' names cannot be read (the
 * database does not open), no log is copied: a log might name a learner, and nothing else would say
 * which words to remove.
 */
public final class DiagnosticsFile {

    private DiagnosticsFile() {
    }

    public static SavedDiagnostics write(Path zip, Sources sources, DiagnosticsProgress progress) throws IOException {
        progress.step("checks", 0, 1);
        List<Path> crashLogs = SupportFiles.crashLogs(sources.data(), sources.startedIn());
        Examination examination = Examination.of(sources, crashLogs);
        List<DiagnosticsZip.Entry> entries = new ArrayList<>();
        entries.add(new DiagnosticsZip.Entry("summary.txt", () -> examination.report().text()));
        entries.add(new DiagnosticsZip.Entry("versions.txt",
                () -> SystemFacts.describe(sources.product(), sources.bundles())));
        entries.add(new DiagnosticsZip.Entry("index-check.txt", examination::indexText));
        entries.add(new DiagnosticsZip.Entry("database.txt", examination::databaseText));
        Redactor redactor;
        String logsNote;
        int depth = FolderLayout.DEPTH;
        try {
            redactor = Redactor.forNames(sources.learnerNames());
            for (Path log : SupportFiles.logs(sources.data())) {
                String name = log.getFileName().toString();
                entries.add(DiagnosticsZip.log("logs/" + (name.equals(".log") ? "workbench-metadata.log" : name), log));
            }
            for (Path crash : SupportFiles.strayCrashLogs(sources.data(), sources.startedIn())) {
                entries.add(DiagnosticsZip.log("crash/" + crash.getFileName(), crash));
            }
            logsNote = "logs/ and crash/: the logs, learners' names replaced by learner-1, learner-2..., values"
                    + " of PINs, passwords, answers and notes removed; only the last 2 MB of each.";
        } catch (Exception e) {
            redactor = Redactor.forNames(List.of());
            // deeper names may be learners' (certificates are named after them): Sendero's own names only
            depth = 1;
            logsNote = "No log was copied: the learners' names could not be read to remove them ("
                    + e.getClass().getSimpleName() + ").";
        }
        int shownDepth = depth;
        entries.add(2, new DiagnosticsZip.Entry("data-folder.txt",
                () -> FolderLayout.describe(sources.data().root(), shownDepth)));
        String readme = "Sendero diagnostics, written "
                + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)
                + "\n\nsummary.txt: the health summary (as sendero diagnose prints it)\n"
                + "versions.txt: Sendero, Java, the operating system and every bundle with its state\n"
                + "data-folder.txt: the data folder's files and folders with their sizes (names only)\n"
                + "index-check.txt: the search index check (as sendero index --check)\n"
                + "database.txt: the progress database's integrity check and counts of its rows\n" + logsNote
                + "\n\nNever included: learners' names, answers, notes, PINs, keys or secure storage.\n";
        List<String> written = DiagnosticsZip.write(zip, readme, entries, redactor, progress);
        return new SavedDiagnostics(zip, written, examination.report());
    }
}

package org.sendero.backup.internal.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.sendero.backup.BackupSummary;
import org.sendero.backup.PackRecord;

/** What a backup holds, as the command line shows it. */
final class SummaryLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SummaryLines() {
    }

    static void print(BackupSummary summary, PrintStream out) {
        out.println("  made:      " + WHEN.format(summary.created().atZone(ZoneId.systemDefault())) + " by Sendero "
                + summary.senderoVersion() + " (progress schema " + summary.schemaVersion() + ")");
        out.println("  learners:  " + summary.learners() + ", with " + summary.notes() + " notes");
        out.println("  packs:     " + (summary.packs().isEmpty() ? "none" : ""));
        for (PackRecord pack : summary.packs()) {
            out.println("    " + pack.id() + " " + pack.version()
                    + (pack.signer().isEmpty() ? " (not signed)" : " (signed by " + pack.signer() + ")"));
        }
        out.println("  settings:  " + (summary.settings().isEmpty() ? "none" : String.join(", ", summary.settings())));
    }
}

package org.sendero.backup.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.backup.BackupException;
import org.sendero.backup.BackupSummary;
import org.sendero.backup.Backups;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * sendero backup -o FILE | --daily | --second-folder DIR | --no-second-folder: a backup of the
 * learners' records and settings, also while the workbench is open.
 */
@Component(service = CliCommand.class)
public final class BackupCommand implements CliCommand {

    private final Backups backups;

    @Activate
    public BackupCommand(@Reference Backups backups) {
        this.backups = backups;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "-o FILE | --daily | --second-folder DIR | --no-second-folder: back up the learners' records";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed parsed = parser.parse(new Line(), arguments);
        if (parsed.stopped()) {
            return parsed.exitCode();
        }
        Line line = (Line) parsed.command();
        int chosen = (line.output != null ? 1 : 0) + (line.daily ? 1 : 0) + (line.secondFolder != null ? 1 : 0)
                + (line.noSecondFolder ? 1 : 0);
        if (chosen != 1) {
            return parser.usageError("name one of -o FILE, --daily, --second-folder DIR or --no-second-folder");
        }
        try {
            if (line.output != null) {
                BackupSummary summary = backups.backUp(Path.of(line.output));
                out.println("Backed up to " + line.output);
                SummaryLines.print(summary, out);
            } else if (line.daily) {
                List<String> warnings = backups.dailyBackup();
                warnings.forEach(warning -> err.println("sendero backup: warning: " + warning));
                out.println("Today's backup is in the data folder's backups/ (the last 7 are kept)");
            } else if (line.secondFolder != null) {
                Path folder = Path.of(line.secondFolder).toAbsolutePath().normalize();
                backups.setSecondFolder(Optional.of(folder));
                out.println("The daily backup will also be copied to " + folder);
            } else {
                backups.setSecondFolder(Optional.empty());
                out.println("The daily backup stays in the data folder only");
            }
            return 0;
        } catch (BackupException e) {
            err.println("sendero backup: " + e.getMessage().replaceAll("\\R", " "));
            return 1;
        }
    }

    @Command(name = "backup", description = "Back up the learners' records, notes, pack list and settings.")
    static final class Line {
        @Option(names = "-o", paramLabel = "FILE", description = "The backup file to write.")
        String output;
        @Option(names = "--daily", description = "Make today's automatic backup now, if not made yet.")
        boolean daily;
        @Option(names = "--second-folder", paramLabel = "DIR", description = "Also copy the daily backup to this folder (a memory stick, a share).")
        String secondFolder;
        @Option(names = "--no-second-folder", description = "Stop copying the daily backup elsewhere.")
        boolean noSecondFolder;
    }
}

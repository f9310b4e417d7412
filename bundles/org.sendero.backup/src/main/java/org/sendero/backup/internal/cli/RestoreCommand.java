package org.sendero.backup.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.backup.BackupException;
import org.sendero.backup.BackupSummary;
import org.sendero.backup.Backups;
import org.sendero.backup.RestoreOutcome;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sendero restore FILE [--yes] | --list FILE: checks a backup, shows what it holds, and (after a
 * yes) puts its records in place of the current ones, keeping those as a backup.
 */
@Component(service = CliCommand.class)
public final class RestoreCommand implements CliCommand {

    private final Backups backups;
    private final InputStream answers;

    @Activate
    public RestoreCommand(@Reference Backups backups) {
        this(backups, System.in);
    }

    /** With the stream the user's yes or no is read from. */
    RestoreCommand(Backups backups, InputStream answers) {
        this.backups = backups;
        this.answers = answers;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "FILE [--yes] | --list FILE: check a backup, show it, and restore the records it holds";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed parsed = parser.parse(new Line(), arguments);
        if (parsed.stopped()) {
            return parsed.exitCode();
        }
        Line line = (Line) parsed.command();
        Path file = Path.of(line.file);
        try {
            BackupSummary summary = checked(file, line.list);
            out.println(file + ": a sound backup");
            SummaryLines.print(summary, out);
            if (line.list) {
                return 0;
            }
            if (!line.yes && !confirmed(out)) {
                err.println(
                        "sendero restore: not confirmed; nothing was replaced (add --yes to restore without asking)");
                return 1;
            }
            RestoreOutcome outcome = backups.restore(file);
            out.println("Restored " + outcome.restored().learners() + " learners from " + file);
            outcome.keptAs().ifPresent(kept -> out.println("The records it replaced are kept in " + kept));
            return 0;
        } catch (BackupException e) {
            err.println("sendero restore: " + e.getMessage().replaceAll("\\R", " "));
            return 1;
        }
    }

    /** The backup's contents when every check passes; a refusal says that nothing changed. */
    private BackupSummary checked(Path file, boolean onlyListed) throws BackupException {
        try {
            return backups.inspect(file);
        } catch (BackupException e) {
            throw onlyListed ? e : new BackupException(e.getMessage() + " (nothing was replaced)", e);
        }
    }

    private boolean confirmed(PrintStream out) {
        out.print("Replace the learners' records here with this backup? [y/N] ");
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(answers, Charset.defaultCharset())).readLine();
            return answer != null && List.of("y", "yes", "s", "si", "sí", "o", "oui")
                    .contains(answer.strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }

    @Command(name = "restore", description = "Check a backup and restore the learners' records it holds.")
    static final class Line {
        @Parameters(paramLabel = "FILE", description = "The backup file.")
        String file;
        @Option(names = "--yes", description = "Restore without asking.")
        boolean yes;
        @Option(names = "--list", description = "Only check the backup and show what it holds.")
        boolean list;
    }
}

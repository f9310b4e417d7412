package org.sendero.update.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;
import org.sendero.update.Change;
import org.sendero.update.ProductUpdater;
import org.sendero.update.UpdateCheck;
import org.sendero.update.UpdateException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * sendero update --from DIR|URL [--check] [--yes]: finds a newer Sendero in a signed p2 repository,
 * says what changes and, with --yes, installs it for the next start.
 */
@Component(service = CliCommand.class)
public final class UpdateCommand implements CliCommand {

    private final ProductUpdater updater;

    @Activate
    public UpdateCommand(@Reference ProductUpdater updater) {
        this.updater = updater;
    }

    @Override
    public String name() {
        return "update";
    }

    @Override
    public String summary() {
        return "--from DIR|URL [--check] [--yes]: update Sendero itself from a signed repository";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed parsed = parser.parse(new Line(), arguments);
        if (parsed.stopped()) {
            return parsed.exitCode();
        }
        Line line = (Line) parsed.command();
        if (line.check && line.yes) {
            return parser.usageError("--check only looks; leave it out to install with --yes");
        }
        try {
            UpdateCheck check = updater.check(line.from);
            print(check, out);
            if (!check.updateAvailable()) {
                out.println("Sendero " + check.installed() + " is up to date.");
                return 0;
            }
            if (!line.yes) {
                out.println(line.check ? "Nothing was changed."
                        : "Nothing was changed; run again with --yes to install it.");
                return 0;
            }
            UpdateCheck installed = updater.install(line.from, out::println);
            out.println("Installed Sendero " + installed.available()
                    + ". Restart Sendero to use it; the data folder was not touched.");
            return 0;
        } catch (UpdateException e) {
            err.println("sendero update: " + e.getMessage().replaceAll("\\R", " "));
            return 1;
        }
    }

    private static void print(UpdateCheck check, PrintStream out) {
        out.println("Repository: " + check.source() + " (signed by " + check.signer() + ")");
        out.println("Installed:  " + check.installed());
        out.println("Available:  " + check.available());
        if (check.updateAvailable()) {
            out.println("Changes (" + check.changes().size() + "):");
            for (Change change : check.changes()) {
                out.println("  " + change.describe());
            }
        }
    }

    @Command(name = "update")
    static final class Line {
        @Option(names = "--from", required = true, paramLabel = "DIR|URL", description = "The signed p2 repository: a folder or an https address.")
        String from;
        @Option(names = "--check", description = "Only say what is there and what would change.")
        boolean check;
        @Option(names = "--yes", description = "Install the update without asking.")
        boolean yes;
    }
}

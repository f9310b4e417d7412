package org.sendero.diagnostics.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;
import org.sendero.diagnostics.Diagnostics;
import org.sendero.diagnostics.DiagnosticsProgress;
import org.sendero.diagnostics.HealthReport;
import org.sendero.diagnostics.SavedDiagnostics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * sendero diagnose [-o FILE.zip]: the health summary, exit code 1 when it finds a problem; or the
 * diagnostics file for support, exit code 0 once it is written.
 */
@Component(service = CliCommand.class)
public final class DiagnoseCommand implements CliCommand {

    /** Exit code when the summary found a problem (notes alone leave it at 0). */
    public static final int PROBLEM_FOUND = 1;

    /** Taken only when the command runs: listing the commands must not start the checks' services. */
    private final ComponentServiceObjects<Diagnostics> diagnostics;

    @Activate
    public DiagnoseCommand(@Reference ComponentServiceObjects<Diagnostics> diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public String name() {
        return "diagnose";
    }

    @Override
    public String summary() {
        return "[-o FILE.zip]: check this installation and say what to do, or write a file for support"
                + " (no learner's name in it)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line options = (Line) line.command();
        Diagnostics service = diagnostics.getService();
        try {
            return options.output == null ? summary(service, out) : save(service, options.output, out, err, parser);
        } finally {
            diagnostics.ungetService(service);
        }
    }

    private static int summary(Diagnostics service, PrintStream out) {
        HealthReport report = service.check();
        out.print(report.text());
        if (!report.healthy()) {
            out.println("For support: sendero diagnose -o diagnostics.zip writes a file without learners' names.");
        }
        return report.healthy() ? 0 : PROBLEM_FOUND;
    }

    private static int save(Diagnostics service, String output, PrintStream out, PrintStream err,
            CommandParser parser) {
        Path file;
        try {
            file = Path.of(output);
        } catch (InvalidPathException e) {
            return parser.usageError(output + ": not a file name: " + e.getReason());
        }
        if (Files.isDirectory(file)) {
            err.println("sendero diagnose: " + file + ": is a folder; name the zip file to write");
            return 1;
        }
        try {
            SavedDiagnostics saved = service.save(file, DiagnosticsProgress.NONE);
            out.println("Wrote " + saved.file() + " (" + saved.entries().size() + " files, "
                    + saved.report().problems().size() + " problems found)");
            return 0;
        } catch (IOException e) {
            err.println("sendero diagnose: " + file + ": cannot write it: " + e.getMessage());
            return 1;
        }
    }

    @Command(footer = { "",
            "Exit status: 0 when no problem was found (notes alone leave it at 0) or the file was written;",
            "1 when a problem was found or the file could not be written; 2 for a malformed command line." })
    static final class Line {
        @Option(names = "-o", paramLabel = "FILE.zip", description = "Write the diagnostics file for support.")
        String output;
    }
}

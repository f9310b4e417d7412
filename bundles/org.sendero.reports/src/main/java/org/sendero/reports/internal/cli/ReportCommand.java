package org.sendero.reports.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.QuestionStats;
import org.sendero.reports.ReportBuilder;
import org.sendero.reports.ReportData;
import org.sendero.reports.ReportWriter;
import org.sendero.sync.LrsReader;
import org.sendero.sync.SyncException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sendero report FILES... [--json|--csv DIR] [--html FILE] [--pdf FILE] [--lang LANG]: a trainer's
 * report from the xAPI result files of many computers.
 */
@Component(service = CliCommand.class)
public final class ReportCommand implements CliCommand {

    private final ReportBuilder builder;
    private final ReportWriter writer;
    private final LrsReader lrs;

    @Activate
    public ReportCommand(@Reference ReportBuilder builder, @Reference ReportWriter writer, @Reference LrsReader lrs) {
        this.builder = builder;
        this.writer = writer;
        this.lrs = lrs;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "FILES... | --lrs [--since DATE] [--until DATE] [--json|--csv DIR] [--html FILE] [--pdf FILE] [--lang LANG]: completion and question figures from xAPI result files or the results server";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line parsed = (Line) line.command();
        if (parsed.json && parsed.csv != null) {
            return parser.usageError("--json and --csv go one at a time");
        }
        if (parsed.files.isEmpty() != parsed.lrs) {
            return parser.usageError(parsed.lrs ? "--lrs reads the results server: name no files with it"
                    : "name the result files, or --lrs to read the results server");
        }
        String language = parsed.lang;
        ReportData report;
        try {
            List<Path> files = parsed.files.stream().map(Path::of).toList();
            if (parsed.lrs) {
                files = List.of(LrsSource.download(lrs, parsed.since, parsed.until));
            }
            report = builder.build(files, language);
        } catch (SyncException e) {
            err.println("sendero report: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // each file's problems are caught where it is read; this is a fault of the report itself
            err.println("sendero report: cannot make the report: " + OutputFailure.cause(e));
            return 1;
        }
        for (LoadProblem problem : report.problems()) {
            err.println("sendero report: " + problem);
        }
        boolean written = true;
        if (parsed.json) {
            written &= OutputFailure.guard("the JSON", err, () -> out.println(ReportJson.write(report)));
        } else if (parsed.csv != null) {
            Path folder = Path.of(parsed.csv);
            written &= OutputFailure.guard(folder.toString(), err, () -> {
                for (Path file : writer.writeCsv(report, folder)) {
                    out.println("Wrote " + file);
                }
            });
        } else if (parsed.html == null && parsed.pdf == null) {
            print(report, out);
        }
        Locale locale = Locale.forLanguageTag(language);
        if (parsed.html != null) {
            Path file = Path.of(parsed.html);
            written &= OutputFailure.guard(file.toString(), err, () -> {
                writer.writeHtml(report, file, locale);
                if (!parsed.json) {
                    out.println("Wrote " + file);
                }
            });
        }
        if (parsed.pdf != null) {
            Path file = Path.of(parsed.pdf);
            written &= OutputFailure.guard(file.toString(), err, () -> {
                writer.writePdf(report, file, locale);
                if (!parsed.json) {
                    out.println("Wrote " + file);
                }
            });
        }
        return written && report.problems().isEmpty() ? 0 : 1;
    }

    private static void print(ReportData report, PrintStream out) {
        out.println(report.files().size() + " files, " + report.statements() + " statements (" + report.duplicates()
                + " met again and left out), " + report.completion().learners().size() + " learners");
        var matrix = report.completion();
        for (int m = 0; m < matrix.modules().size(); m++) {
            out.println("  " + matrix.modules().get(m).path() + ": " + matrix.completedCount(m) + " of "
                    + matrix.learners().size() + " completed");
        }
        if (!report.mostMissed().isEmpty()) {
            out.println("Most missed:");
            for (QuestionStats q : report.mostMissed()) {
                out.println("  " + q.wrong() + " of " + q.answers() + " wrong: " + q.title()
                        + q.refTitle().or(q::ref).map(ref -> " (reread: " + ref + ")").orElse(""));
            }
        }
    }

    @Command
    static final class Line {
        @Parameters(arity = "0..*", paramLabel = "FILES", description = "xAPI result files, e.g. ana.json ben.json.")
        List<String> files = new ArrayList<>();
        @Option(names = "--json", description = "The figures as JSON on stdout.")
        boolean json;
        @Option(names = "--csv", paramLabel = "DIR", description = "Write the figures as CSV files into DIR.")
        String csv;
        @Option(names = "--html", paramLabel = "FILE", description = "Write the report as HTML.")
        String html;
        @Option(names = "--pdf", paramLabel = "FILE", description = "Write the report as PDF.")
        String pdf;
        @Option(names = "--lang", paramLabel = "LANG", description = "The report's language (default: en).")
        String lang = "en";
        @Option(names = "--lrs", description = "Read the office's statements from the results server (sendero sync).")
        boolean lrs;
        @Option(names = "--since", paramLabel = "DATE", description = "With --lrs: stored on or after DATE (UTC).")
        String since;
        @Option(names = "--until", paramLabel = "DATE", description = "With --lrs: stored up to the end of DATE (UTC).")
        String until;
    }
}

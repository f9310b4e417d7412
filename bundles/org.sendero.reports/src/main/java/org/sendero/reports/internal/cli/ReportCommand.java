package org.sendero.reports.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.Arguments;
import org.sendero.cli.CliCommand;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.QuestionStats;
import org.sendero.reports.ReportBuilder;
import org.sendero.reports.ReportData;
import org.sendero.reports.ReportWriter;

/**
 * sendero report FILES... [--json|--csv DIR] [--html FILE] [--pdf FILE] [--lang LANG]: a trainer's
 * report from the xAPI result files of many computers.
 */
@Component(service = CliCommand.class)
public final class ReportCommand implements CliCommand {

    private final ReportBuilder builder;
    private final ReportWriter writer;

    @Activate
    public ReportCommand(@Reference ReportBuilder builder, @Reference ReportWriter writer) {
        this.builder = builder;
        this.writer = writer;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "FILES... [--json|--csv DIR] [--html FILE] [--pdf FILE] [--lang LANG]: completion and question figures from xAPI result files";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of("--json"), Set.of("--csv", "--html", "--pdf", "--lang"));
        } catch (IllegalArgumentException e) {
            err.println("sendero report: " + e.getMessage());
            return Arguments.USAGE;
        }
        if (parsed.operands().isEmpty()) {
            err.println("sendero report: name the result files, e.g. sendero report ana.json ben.json");
            return Arguments.USAGE;
        }
        if (parsed.has("--json") && parsed.value("--csv").isPresent()) {
            err.println("sendero report: --json and --csv go one at a time");
            return Arguments.USAGE;
        }
        String language = parsed.value("--lang").orElse("en");
        ReportData report;
        try {
            report = builder.build(parsed.operands().stream().map(Path::of).toList(), language);
        } catch (RuntimeException e) {
            // each file's problems are caught where it is read; this is a fault of the report itself
            err.println("sendero report: cannot make the report: " + OutputFailure.cause(e));
            return 1;
        }
        for (LoadProblem problem : report.problems()) {
            err.println("sendero report: " + problem);
        }
        boolean written = true;
        if (parsed.has("--json")) {
            written &= OutputFailure.guard("the JSON", err, () -> out.println(ReportJson.write(report)));
        } else if (parsed.value("--csv").isPresent()) {
            Path folder = Path.of(parsed.value("--csv").get());
            written &= OutputFailure.guard(folder.toString(), err, () -> {
                for (Path file : writer.writeCsv(report, folder)) {
                    out.println("Wrote " + file);
                }
            });
        } else if (parsed.value("--html").isEmpty() && parsed.value("--pdf").isEmpty()) {
            print(report, out);
        }
        Locale locale = Locale.forLanguageTag(language);
        if (parsed.value("--html").isPresent()) {
            Path file = Path.of(parsed.value("--html").get());
            written &= OutputFailure.guard(file.toString(), err, () -> {
                writer.writeHtml(report, file, locale);
                if (!parsed.has("--json")) {
                    out.println("Wrote " + file);
                }
            });
        }
        if (parsed.value("--pdf").isPresent()) {
            Path file = Path.of(parsed.value("--pdf").get());
            written &= OutputFailure.guard(file.toString(), err, () -> {
                writer.writePdf(report, file, locale);
                if (!parsed.has("--json")) {
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
}

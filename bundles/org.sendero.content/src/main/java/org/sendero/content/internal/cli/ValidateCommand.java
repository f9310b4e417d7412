package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** sendero validate DIR|FILE: every problem of a pack, one per line, without installing it. */
@Component(service = CliCommand.class)
public final class ValidateCommand implements CliCommand {

    private final PackValidator validator;

    @Activate
    public ValidateCommand(@Reference PackValidator validator) {
        this.validator = validator;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "DIR|FILE.sendero: check a pack and list every problem as file:line:column";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser.Parsed line = new CommandParser(this, out, err).parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        String shown = ((Line) line.command()).pack;
        PackReport report = validator.validate(Path.of(shown));
        boolean archive = !java.nio.file.Files.isDirectory(Path.of(shown));
        for (Problem problem : report.problems()) {
            err.println(TerminalText.safe((archive ? problem : problem.under(shown)).toString()));
        }
        out.println(shown + ": " + (report.hasErrors() ? "not valid" : "valid") + " (" + report.errorCount()
                + (report.errorCount() == 1 ? " error, " : " errors, ") + report.warningCount()
                + (report.warningCount() == 1 ? " warning)" : " warnings)"));
        return report.hasErrors() ? 1 : 0;
    }

    @Command
    static final class Line {
        @Parameters(arity = "1", paramLabel = "DIR|FILE", description = "A pack folder or .sendero file.")
        String pack;
    }
}

package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.Arguments;
import org.sendero.cli.CliCommand;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;

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
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of(), Set.of());
        } catch (IllegalArgumentException e) {
            err.println("sendero validate: " + e.getMessage());
            return Arguments.USAGE;
        }
        if (parsed.operands().size() != 1) {
            err.println("sendero validate: name one pack folder or .sendero file");
            return Arguments.USAGE;
        }
        String shown = parsed.operands().get(0);
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
}

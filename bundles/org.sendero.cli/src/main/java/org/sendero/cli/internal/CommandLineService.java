package org.sendero.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sendero.cli.CliCommand;
import org.sendero.core.SenderoEnvironment;

/** The command line as a service: every {@link CliCommand} registered when it starts. */
@Component(service = CommandLineService.class)
public final class CommandLineService {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    private List<CliCommand> commands;

    @Reference
    private SenderoEnvironment environment;

    public int execute(List<String> arguments, PrintStream out, PrintStream err) {
        return new CommandLine(commands, environment).execute(arguments, out, err);
    }
}

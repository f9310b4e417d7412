package org.sendero.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.framework.log.FrameworkLog;
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

    /** The framework's own log (the launcher names its file); not the performance log. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY, target = "(!(performance=true))")
    private volatile FrameworkLog log;

    public int execute(List<String> arguments, PrintStream out, PrintStream err) {
        LogToFramework.install(log);
        CrashLog crashLog = new FrameworkCrashLog(log, environment.dataFolder().logs().resolve("cli.log"));
        return new CommandLine(commands, environment, crashLog).execute(arguments, out, err);
    }
}

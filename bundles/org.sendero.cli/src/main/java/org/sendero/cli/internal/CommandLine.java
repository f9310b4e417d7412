package org.sendero.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sendero.cli.CliCommand;
import org.sendero.core.SenderoEnvironment;

/**
 * Picks the subcommand named by the first argument and runs it. {@code help} and
 * {@code --version} are answered here because they describe the command line itself.
 */
public final class CommandLine {

    /** Exit code for a command line that names no known command or has malformed options. */
    public static final int USAGE = 2;

    /** Exit code for a command that failed, foreseen or not. */
    public static final int FAILED = 1;

    private final List<CliCommand> commands;
    private final SenderoEnvironment environment;
    private final CrashLog crashLog;

    public CommandLine(List<CliCommand> commands, SenderoEnvironment environment, CrashLog crashLog) {
        this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
        this.environment = environment;
        this.crashLog = crashLog;
    }

    public int execute(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty() || isHelp(arguments.get(0))) {
            printHelp(out);
            return 0;
        }
        String name = arguments.get(0);
        if (name.equals("--version") || name.equals("version")) {
            out.println(environment.product().describe());
            return 0;
        }
        Optional<CliCommand> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            err.println("sendero: unknown command '" + name + "'; commands: " + commandNames());
            return USAGE;
        }
        return runGuarded(command.get(), arguments.subList(1, arguments.size()), out, err);
    }

    /**
     * Runs a command so that no failure can pass for success: whatever it throws, errors included
     * (a stack overflow on hostile input, memory running out), ends in one line and exit code 1.
     */
    private int runGuarded(CliCommand command, List<String> arguments, PrintStream out, PrintStream err) {
        try {
            return command.run(arguments, out, err);
        } catch (Throwable failure) { // NOPMD: every failure of a command must reach the user
            out.flush();
            Path log;
            try {
                log = crashLog.record(command.name(), failure);
            } catch (RuntimeException | Error logFailure) {
                failure.addSuppressed(logFailure);
                log = environment.dataFolder().logs();
            }
            err.println(CrashReport.line(command.name(), failure, log));
            err.flush();
            return FAILED;
        }
    }

    private static boolean isHelp(String argument) {
        return argument.equals("help") || argument.equals("--help") || argument.equals("-h");
    }

    private String commandNames() {
        return "help, version" + commands.stream().map(c -> ", " + c.name()).collect(Collectors.joining());
    }

    private void printHelp(PrintStream out) {
        out.println(environment.product().describe()
                + ": offline library, training and progress for migration officials.");
        out.println();
        out.println("Usage: sendero [--data DIR] [COMMAND [ARGUMENTS]]");
        out.println(
                "Without a command the workbench opens. The data folder is DIR, else $SENDERO_HOME, else ~/.sendero.");
        out.println();
        out.println("Commands:");
        printRow(out, "help", "show this list");
        printRow(out, "version", "print the version and build date (also --version)");
        commands.forEach(command -> printRow(out, command.name(), command.summary()));
    }

    private static void printRow(PrintStream out, String name, String summary) {
        out.printf("  %-10s %s%n", name, summary);
    }
}

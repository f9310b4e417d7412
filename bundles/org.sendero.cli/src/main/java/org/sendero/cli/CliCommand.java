package org.sendero.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code sendero}. Bundles contribute commands as services; the command line
 * finds them by {@link #name()}.
 */
public interface CliCommand {

    /** The word typed after {@code sendero}, e.g. {@code search}. Lowercase, no spaces. */
    String name();

    /** One line for {@code sendero help}: what the command does and its arguments. */
    String summary();

    /**
     * Runs the command.
     *
     * @param arguments what followed the command's name
     * @param out results for the user or for scripts
     * @param err problems, one line each
     * @return the process exit code: 0 on success
     */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}

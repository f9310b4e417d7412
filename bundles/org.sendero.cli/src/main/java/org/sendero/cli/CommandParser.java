package org.sendero.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Parses one run of a {@link CliCommand} with picocli into a fresh object annotated with
 * {@code @Command}, {@code @Option} and {@code @Parameters}, so that every command accepts the same
 * syntax: {@code --opt value} and {@code --opt=value}, repeated options where the field is a list,
 * {@code --} before an operand that starts with {@code -}, and {@code -h}/{@code --help}.
 * A malformed command line ends in one line on stderr, {@code sendero <command>: <what is wrong>},
 * and exit code {@link #USAGE}.
 */
public final class CommandParser {

    /** Exit code for a malformed command line, as the command line itself uses. */
    public static final int USAGE = 2;

    private final CliCommand command;
    private final PrintStream out;
    private final PrintStream err;
    private boolean dashWordsAreOperands;

    public CommandParser(CliCommand command, PrintStream out, PrintStream err) {
        this.command = command;
        this.out = out;
        this.err = err;
    }

    /**
     * Lets an operand start with a single {@code -} (a word a query leaves out, e.g. {@code -asylum});
     * an unknown {@code --option} is still refused.
     */
    public CommandParser dashWordsAreOperands() {
        dashWordsAreOperands = true;
        return this;
    }

    /**
     * @param options a new annotated object for this run; subcommands are listed in its
     *        {@code @Command(subcommands = ...)} and created by picocli
     * @return what to do next: go on with the options of the (sub)command that was named, or stop
     *         with an exit code because help was printed or the line was malformed
     */
    public Parsed parse(Object options, List<String> arguments) {
        CommandLine line = configured(new CommandLine(options));
        Optional<String> unknown = unknownOption(line.getCommandSpec(), arguments);
        if (unknown.isPresent()) {
            return Parsed.stop(usageError(unknown.get()));
        }
        ParseResult result;
        try {
            result = line.parseArgs(arguments.toArray(String[]::new));
        } catch (ParameterException e) {
            return Parsed.stop(usageError(ParseErrors.describe(e, arguments)));
        }
        while (result.hasSubcommand() && !result.isUsageHelpRequested()) {
            result = result.subcommand();
        }
        if (result.isUsageHelpRequested()) {
            result.commandSpec().commandLine().usage(out, CommandLine.Help.Ansi.OFF);
            return Parsed.stop(0);
        }
        return new Parsed(Optional.of(result.commandSpec().userObject()), 0);
    }

    /** Prints {@code sendero <command>: <message>} and gives the exit code for a malformed line. */
    public int usageError(String message) {
        err.println("sendero " + command.name() + ": " + message.replaceAll("\\R", " "));
        return USAGE;
    }

    private CommandLine configured(CommandLine line) {
        line.setCommandName("sendero " + command.name());
        // "@file" is a file name here, never a file of more arguments
        line.setExpandAtFiles(false);
        // unknown options are refused by unknownOption(), precisely; what is left is an operand
        line.setUnmatchedOptionsArePositionalParams(true);
        line.setPosixClusteredShortOptionsAllowed(false);
        line.setOverwrittenOptionsAllowed(true);
        CommandSpec spec = line.getCommandSpec();
        if (spec.usageMessage().description().length == 0) {
            String summary = command.summary();
            spec.usageMessage().description(summary.substring(summary.indexOf(": ") + 2));
        }
        addHelp(spec);
        return line;
    }

    private static void addHelp(CommandSpec spec) {
        if (!spec.optionsMap().containsKey("--help")) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        }
        spec.subcommands().values().forEach(sub -> addHelp(sub.getCommandSpec()));
    }

    /**
     * Finds the first argument before {@code --} that looks like an option but is none of the
     * named (sub)command's: picocli's own guess depends on how many options a command has.
     */
    private Optional<String> unknownOption(CommandSpec root, List<String> arguments) {
        CommandSpec spec = root;
        boolean operandSeen = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--")) {
                return Optional.empty();
            }
            int equals = argument.indexOf('=');
            String name = argument.startsWith("-") && equals > 0 ? argument.substring(0, equals) : argument;
            OptionSpec option = spec.optionsMap().get(name);
            if (option != null) {
                if (option.arity().min() > 0 && equals < 0) {
                    i++;
                }
            } else if (!operandSeen && spec.subcommands().containsKey(argument)) {
                spec = spec.subcommands().get(argument).getCommandSpec();
            } else if (argument.startsWith(dashWordsAreOperands ? "--" : "-") && argument.length() > 1) {
                return Optional.of("unknown option " + name + dashHint(spec, argument));
            } else {
                operandSeen = true;
            }
        }
        return Optional.empty();
    }

    /** "-Ana" may be a name rather than a mistyped option: show how to mean the name. */
    private static String dashHint(CommandSpec spec, String argument) {
        List<PositionalParamSpec> operands = spec.positionalParameters();
        if (argument.startsWith("--") || operands.isEmpty()) {
            return "";
        }
        return "; a " + operands.get(0).paramLabel() + " that starts with - goes after --, e.g. "
                + spec.qualifiedName() + " -- " + argument;
    }

    /** The outcome of {@link CommandParser#parse}. */
    public record Parsed(Optional<Object> options, int exitCode) {

        static Parsed stop(int exitCode) {
            return new Parsed(Optional.empty(), exitCode);
        }

        /** True when the command must end now with {@link #exitCode()}. */
        public boolean stopped() {
            return options.isEmpty();
        }

        /** The object of the (sub)command that was named, filled in from the arguments. */
        public Object command() {
            return options.orElseThrow();
        }
    }

    /** Picocli's reasons, in the words the other messages of the command line use. */
    static final class ParseErrors {

        private ParseErrors() {
        }

        static String describe(ParameterException e, List<String> arguments) {
            if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
                ArgSpec arg = missing.getMissing().get(0);
                if (arg instanceof OptionSpec option) {
                    Optional<String> typed = arguments.stream().filter(a -> List.of(option.names()).contains(a))
                            .reduce((first, second) -> second);
                    return typed.map(name -> name + " needs a value")
                            .orElse("missing " + option.longestName() + " " + option.paramLabel());
                }
                String[] description = arg.description();
                return "missing " + arg.paramLabel() + (description.length > 0 ? ": " + sentence(description[0]) : "");
            }
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
                CommandSpec spec = e.getCommandLine().getCommandSpec();
                String first = unmatched.getUnmatched().get(0);
                if (spec.positionalParameters().isEmpty() && !spec.subcommands().isEmpty()) {
                    return "unknown subcommand '" + first + "'; one of: "
                            + String.join(", ", spec.subcommands().keySet());
                }
                return "unexpected argument '" + first + "'";
            }
            return sentence(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }

        /** "The pack folder." as the tail of a line: "the pack folder". */
        private static String sentence(String text) {
            String tail = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
            return tail.isEmpty() ? tail : Character.toLowerCase(tail.charAt(0)) + tail.substring(1);
        }
    }
}

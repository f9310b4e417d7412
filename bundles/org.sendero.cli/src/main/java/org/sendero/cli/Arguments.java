package org.sendero.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one subcommand. Unknown options are refused rather than taken for
 * file names, so a typo never reads or writes the wrong file; an operand that starts with
 * {@code -} is written after {@code --}.
 */
public final class Arguments {

    /** Exit code for malformed command lines, as the command line itself uses. */
    public static final int USAGE = 2;

    private final List<String> operands = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();

    private Arguments() {
    }

    /**
     * @param flagNames options that stand alone, e.g. {@code --json}
     * @param valueNames options followed by a value, e.g. {@code -o FILE}
     * @throws IllegalArgumentException with a one-line reason when the arguments do not fit
     */
    public static Arguments parse(List<String> arguments, Set<String> flagNames, Set<String> valueNames) {
        Arguments parsed = new Arguments();
        boolean operandsOnly = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!operandsOnly && argument.equals("--")) {
                // the usual end of options: what follows is taken as it is, e.g. a name "-Ana"
                operandsOnly = true;
            } else if (!operandsOnly && argument.startsWith("-") && argument.length() > 1) {
                if (flagNames.contains(argument)) {
                    parsed.flags.add(argument);
                } else if (valueNames.contains(argument)) {
                    if (i + 1 >= arguments.size()) {
                        throw new IllegalArgumentException(argument + " needs a value");
                    }
                    parsed.values.put(argument, arguments.get(++i));
                } else {
                    throw new IllegalArgumentException("unknown option " + argument);
                }
            } else {
                parsed.operands.add(argument);
            }
        }
        return parsed;
    }

    /** What is not an option, in order: file names, ids, words of a query. */
    public List<String> operands() {
        return List.copyOf(operands);
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }
}

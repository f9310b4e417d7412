package org.sendero.progress.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one subcommand. Unknown options are refused rather than taken for
 * file names, so a typo never reads or writes the wrong file.
 */
final class Arguments {

    /** Exit code for malformed command lines, as the command line itself uses. */
    static final int USAGE = 2;

    final List<String> operands = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();
    private final java.util.Map<String, String> values = new java.util.HashMap<>();

    private Arguments() {
    }

    /** @throws IllegalArgumentException with a one-line reason when the arguments do not fit */
    static Arguments parse(List<String> arguments, Set<String> flagNames, Set<String> valueNames) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("-") && argument.length() > 1) {
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

    boolean has(String flag) {
        return flags.contains(flag);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }
}

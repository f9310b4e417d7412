package org.sendero.search.internal.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one subcommand; an option may be repeated. Unknown options are
 * refused rather than searched for, so a typo is noticed.
 */
final class Options {

    /** Exit code for a malformed command line, as the command line itself uses. */
    static final int USAGE = 2;

    final List<String> operands = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();
    private final Map<String, List<String>> values = new HashMap<>();

    /** @throws IllegalArgumentException with a one-line reason */
    static Options parse(List<String> arguments, Set<String> flagNames, Set<String> valueNames) {
        Options parsed = new Options();
        boolean operandsOnly = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!operandsOnly && argument.equals("--")) {
                operandsOnly = true;
            } else if (!operandsOnly && argument.startsWith("--")) {
                if (flagNames.contains(argument)) {
                    parsed.flags.add(argument);
                } else if (valueNames.contains(argument)) {
                    if (i + 1 >= arguments.size()) {
                        throw new IllegalArgumentException(argument + " needs a value");
                    }
                    parsed.values.computeIfAbsent(argument, name -> new ArrayList<>()).add(arguments.get(++i));
                } else {
                    throw new IllegalArgumentException("unknown option " + argument);
                }
            } else {
                // a single '-' starts an exclusion in a query, not an option
                parsed.operands.add(argument);
            }
        }
        return parsed;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    Optional<String> value(String name) {
        List<String> all = values.getOrDefault(name, List.of());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}

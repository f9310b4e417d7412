package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.Arguments;
import org.sendero.cli.CliCommand;
import org.sendero.cli.JsonOutput;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;

/**
 * sendero learners [--json] | add NAME [--pin] | rename NAME NEW_NAME | remove NAME. A name that
 * starts with {@code -} is written after {@code --}.
 */
@Component(service = CliCommand.class)
public final class LearnersCommand implements CliCommand {

    private static final Set<String> FLAGS = Set.of("--json", "--pin");

    private final Learners learners;
    private final Supplier<Terminal> terminal;

    @Activate
    public LearnersCommand(@Reference Learners learners) {
        this(learners, Terminal::ofThisProcess);
    }

    LearnersCommand(Learners learners, Supplier<Terminal> terminal) {
        this.learners = learners;
        this.terminal = terminal;
    }

    @Override
    public String name() {
        return "learners";
    }

    @Override
    public String summary() {
        return "[--json] | add NAME [--pin] | rename NAME NEW_NAME | remove NAME: the learners of this PC";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, FLAGS, Set.of());
        } catch (IllegalArgumentException e) {
            // "-Ana" may be a name or a mistyped option: it is refused, and the way to mean a name is shown
            boolean dashName = arguments.stream().anyMatch(a -> a.startsWith("-") && a.length() > 1
                    && !a.equals("--") && !FLAGS.contains(a));
            err.println("sendero learners: " + e.getMessage()
                    + (dashName ? "; a name that starts with - goes after --, e.g. sendero learners add -- -Ana" : ""));
            return Arguments.USAGE;
        }
        List<String> operands = parsed.operands();
        String action = operands.isEmpty() ? "list" : operands.get(0);
        int expected = switch (action) {
            case "list" -> 0;
            case "add", "remove" -> 2;
            case "rename" -> 3;
            default -> -1;
        };
        if (expected < 0 || operands.size() != expected || (parsed.has("--pin") && !action.equals("add"))) {
            err.println("sendero learners: usage: learners [--json] | add NAME [--pin] | rename NAME NEW_NAME | remove NAME");
            return Arguments.USAGE;
        }
        try {
            switch (action) {
                case "add" -> {
                    Optional<String> pin = Optional.empty();
                    if (parsed.has("--pin")) {
                        Terminal io = terminal.get();
                        pin = new PinInput(io.in(), out, io.console()).read("New PIN (4 to 12 digits): ");
                        if (pin.isEmpty()) {
                            err.println("sendero learners: no PIN was given");
                            return 1;
                        }
                        if (io.console() != null) {
                            Optional<String> again = new PinInput(io.in(), out, io.console()).read("The same PIN again: ");
                            if (!again.equals(pin)) {
                                err.println("sendero learners: the two PINs differ; nothing was changed");
                                return 1;
                            }
                        }
                    }
                    Learner added = learners.add(operands.get(1), pin);
                    out.println("Added " + added.name() + (added.hasPin() ? " (with a PIN)." : "."));
                }
                case "rename" -> {
                    Learner learner = LearnerLookup.byName(learners, operands.get(1));
                    Learner renamed = learners.rename(learner.id(), operands.get(2));
                    out.println("Renamed " + learner.name() + " to " + renamed.name() + ".");
                }
                case "remove" -> {
                    Learner learner = LearnerLookup.byName(learners, operands.get(1));
                    learners.remove(learner.id());
                    out.println("Removed " + learner.name() + " and everything recorded for them.");
                }
                default -> list(parsed.has("--json"), out);
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            LearnerLookup.fail(err, "learners", e);
            return 1;
        }
    }

    private void list(boolean json, PrintStream out) throws IOException {
        List<Learner> all = learners.list();
        if (json) {
            JsonArray rows = new JsonArray();
            for (Learner learner : all) {
                JsonObject row = new JsonObject();
                row.addProperty("id", learner.id());
                row.addProperty("name", learner.name());
                row.addProperty("has_pin", learner.hasPin());
                row.addProperty("created", learner.created().toString());
                rows.add(row);
            }
            out.println(JsonOutput.write(rows));
        } else if (all.isEmpty()) {
            out.println("No learners yet; add one with: sendero learners add NAME");
        } else {
            all.forEach(learner -> out.println(learner.name() + (learner.hasPin() ? " (PIN)" : "")));
        }
    }
}

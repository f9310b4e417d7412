package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.util.function.Supplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.cli.JsonOutput;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sendero learners [--json] | add NAME [--pin] | rename NAME NEW_NAME | remove NAME. A name that
 * starts with {@code -} is written after {@code --}.
 */
@Component(service = CliCommand.class)
public final class LearnersCommand implements CliCommand {

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
        // "-Ana" may be a name or a mistyped option: the parser refuses it and shows how to mean a name
        CommandParser.Parsed line = new CommandParser(this, out, err).parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        try {
            switch (line.command()) {
                case Add add -> {
                    Optional<String> pin = Optional.empty();
                    if (add.pin) {
                        Terminal io = terminal.get();
                        pin = new PinInput(io.in(), out, io.console()).read("New PIN (4 to 12 digits): ");
                        if (pin.isEmpty()) {
                            err.println("sendero learners: no PIN was given");
                            return 1;
                        }
                        if (io.console() != null) {
                            Optional<String> again = new PinInput(io.in(), out, io.console())
                                    .read("The same PIN again: ");
                            if (!again.equals(pin)) {
                                err.println("sendero learners: the two PINs differ; nothing was changed");
                                return 1;
                            }
                        }
                    }
                    Learner added = learners.add(add.name, pin);
                    out.println("Added " + added.name() + (added.hasPin() ? " (with a PIN)." : "."));
                }
                case Rename rename -> {
                    Learner learner = LearnerLookup.byName(learners, rename.names.get(0));
                    Learner renamed = learners.rename(learner.id(), rename.names.get(1));
                    out.println("Renamed " + learner.name() + " to " + renamed.name() + ".");
                }
                case Remove remove -> {
                    Learner learner = LearnerLookup.byName(learners, remove.name);
                    learners.remove(learner.id());
                    out.println("Removed " + learner.name() + " and everything recorded for them.");
                }
                default -> list(((Line) line.command()).json, out);
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

    @Command(subcommands = { Add.class, Rename.class, Remove.class })
    static final class Line {
        @Option(names = "--json", description = "The learners as one JSON array, for scripts.")
        boolean json;
    }

    @Command(name = "add", description = "Add a learner.")
    static final class Add {
        @Parameters(arity = "1", paramLabel = "NAME", description = "The learner's name.")
        String name;
        @Option(names = "--pin", description = "Ask for a PIN that keeps others from answering as them.")
        boolean pin;
    }

    @Command(name = "rename", description = "Give a learner a new name.")
    static final class Rename {
        @Parameters(arity = "2", paramLabel = "NAME", description = "The learner's name, then the new name.")
        List<String> names = new ArrayList<>();
    }

    @Command(name = "remove", description = "Remove a learner and everything recorded for them.")
    static final class Remove {
        @Parameters(arity = "1", paramLabel = "NAME", description = "The learner's name.")
        String name;
    }
}

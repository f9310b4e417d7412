package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;
import org.sendero.cli.JsonOutput;
import org.sendero.content.ContentLibrary;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.PracticeOverview;
import org.sendero.progress.PracticeService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** sendero practice --learner NAME: the questions due for practice, in the terminal. */
@Component(service = CliCommand.class)
public final class PracticeCommand implements CliCommand {

    private final ContentLibrary library;
    private final Learners learners;
    private final PracticeService practice;
    private final Supplier<Terminal> terminal;
    private final Clock clock;

    @Activate
    public PracticeCommand(@Reference ContentLibrary library, @Reference Learners learners,
            @Reference PracticeService practice) {
        this(library, learners, practice, Terminal::ofThisProcess, Clock.systemDefaultZone());
    }

    /** @param clock the time and the time zone that says when a day ends */
    PracticeCommand(ContentLibrary library, Learners learners, PracticeService practice, Supplier<Terminal> terminal,
            Clock clock) {
        this.library = library;
        this.learners = learners;
        this.practice = practice;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "practice";
    }

    @Override
    public String summary() {
        return "--learner NAME [--lang LANG] [--json]: practise the questions due (answers may come from stdin);"
                + " with --json, list them";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line parsed = (Line) line.command();
        if (parsed.learner == null) {
            return parser.usageError("--learner NAME is needed: practice is each learner's own");
        }
        try {
            long seed = Optional.ofNullable(parsed.seed).map(Long::parseLong)
                    .orElseGet(() -> new SecureRandom().nextLong());
            if (parsed.json) {
                // a listing answers nothing, so it does not ask for the PIN
                Learner learner = LearnerLookup.byName(learners, parsed.learner);
                out.println(JsonOutput.write(json(learner)));
                return 0;
            }
            Terminal io = terminal.get();
            Learner learner = LearnerLookup.unlocked(learners, parsed.learner,
                    new PinInput(io.in(), out, io.console()));
            TextPractice session = new TextPractice(practice, InstalledQuizzes.of(library).packs(),
                    new TextPrompts(io.in(), out, err), out, clock);
            return session.run(learner, Optional.ofNullable(parsed.lang), seed);
        } catch (NumberFormatException e) {
            return parser.usageError("--seed must be a whole number");
        } catch (IOException e) {
            LearnerLookup.fail(err, "practice", e);
            return 1;
        }
    }

    private JsonObject json(Learner learner) throws IOException {
        ZonedDateTime now = ZonedDateTime.now(clock);
        PracticeOverview overview = practice.overview(learner.id(), now);
        JsonObject root = new JsonObject();
        root.addProperty("learner", learner.name());
        root.addProperty("learner_id", learner.id());
        root.addProperty("today", now.toLocalDate().toString());
        root.addProperty("due", overview.due());
        root.addProperty("waiting", overview.waiting());
        root.add("next", overview.next().map(day -> JsonOutput.string(day.toString())).orElse(JsonNull.INSTANCE));
        JsonArray items = new JsonArray();
        for (PracticeItem item : practice.due(learner.id(), now)) {
            JsonObject row = new JsonObject();
            row.addProperty("pack", item.quiz().packId());
            row.addProperty("course", item.quiz().courseId());
            row.addProperty("module", item.quiz().moduleId());
            row.addProperty("quiz", item.quiz().quizId());
            row.addProperty("item", item.itemId());
            row.addProperty("lang", item.quiz().lang());
            row.addProperty("box", item.box());
            row.addProperty("due_since", item.due().toString());
            items.add(row);
        }
        root.add("items", items);
        return root;
    }

    @Command
    static final class Line {
        @Option(names = "--learner", paramLabel = "NAME", description = "Whose questions to practise.")
        String learner;
        @Option(names = "--lang", paramLabel = "LANG", description = "Show the questions in this language when"
                + " their quiz has it (default: the language each was answered in).")
        String lang;
        @Option(names = "--json", description = "List the questions due as JSON, for scripts, without asking them.")
        boolean json;
        @Option(names = "--seed", paramLabel = "N", description = "The order of the choices, to repeat a run.")
        String seed;
    }
}

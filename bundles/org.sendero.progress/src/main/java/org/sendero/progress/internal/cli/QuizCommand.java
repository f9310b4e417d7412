package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentLibrary;
import org.sendero.progress.CompletionService;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** sendero quiz QUIZ_ID --learner NAME: takes a quiz in the terminal and records it like the workbench. */
@Component(service = CliCommand.class)
public final class QuizCommand implements CliCommand {

    private final ContentLibrary library;
    private final Learners learners;
    private final ProgressStore store;
    private final CompletionService completion;
    private final Supplier<Terminal> terminal;

    @Activate
    public QuizCommand(@Reference ContentLibrary library, @Reference Learners learners, @Reference ProgressStore store,
            @Reference CompletionService completion) {
        this(library, learners, store, completion, Terminal::ofThisProcess);
    }

    QuizCommand(ContentLibrary library, Learners learners, ProgressStore store, CompletionService completion,
            Supplier<Terminal> terminal) {
        this.library = library;
        this.learners = learners;
        this.store = store;
        this.completion = completion;
        this.terminal = terminal;
    }

    @Override
    public String name() {
        return "quiz";
    }

    @Override
    public String summary() {
        return "QUIZ_ID --learner NAME [--lang LANG]: take a quiz in the terminal (answers may come from stdin);"
                + " without QUIZ_ID, list the quizzes";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line parsed = (Line) line.command();
        String lang = parsed.lang;
        try {
            InstalledQuizzes quizzes = InstalledQuizzes.of(library);
            if (parsed.quizId == null) {
                for (InstalledQuizzes.Located located : quizzes.all(lang)) {
                    out.printf("%-32s %-28s %s%n", located.quiz().id(), located.module().id(),
                            located.quiz().title().in(lang));
                }
                return 0;
            }
            Optional<String> learnerName = Optional.ofNullable(parsed.learner);
            if (learnerName.isEmpty()) {
                return parser.usageError("--learner NAME is needed, so that the answers are recorded for someone");
            }
            String quizId = parsed.quizId;
            Optional<InstalledQuizzes.Located> located = quizzes.find(quizId, lang);
            if (located.isEmpty()) {
                err.println("sendero quiz: no quiz '" + quizId + "' in the installed packs; 'sendero quiz' lists them");
                return 1;
            }
            long seed = Optional.ofNullable(parsed.seed).map(Long::parseLong)
                    .orElseGet(() -> new SecureRandom().nextLong());
            Terminal io = terminal.get();
            Learner learner = LearnerLookup.unlocked(learners, learnerName.get(),
                    new PinInput(io.in(), out, io.console()));
            return new TextQuiz(store, completion, io.in(), out, err, Clock.systemUTC()).run(learner, located.get(),
                    seed);
        } catch (NumberFormatException e) {
            return parser.usageError("--seed must be a whole number");
        } catch (IOException e) {
            LearnerLookup.fail(err, "quiz", e);
            return 1;
        }
    }

    @Command
    static final class Line {
        @Parameters(arity = "0..1", paramLabel = "QUIZ_ID", description = "The quiz to take; without it, the quizzes are listed.")
        String quizId;
        @Option(names = "--learner", paramLabel = "NAME", description = "Who takes the quiz.")
        String learner;
        @Option(names = "--lang", paramLabel = "LANG", description = "The quiz's language (default: en).")
        String lang = "en";
        @Option(names = "--seed", paramLabel = "N", description = "The order of questions and choices, to repeat a run.")
        String seed;
    }
}

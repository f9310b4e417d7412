package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.Arguments;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentLibrary;
import org.sendero.progress.CompletionService;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressStore;

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
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of(), Set.of("--learner", "--lang", "--seed"));
        } catch (IllegalArgumentException e) {
            err.println("sendero quiz: " + e.getMessage());
            return Arguments.USAGE;
        }
        String lang = parsed.value("--lang").orElse("en");
        try {
            InstalledQuizzes quizzes = InstalledQuizzes.of(library);
            if (parsed.operands().isEmpty()) {
                for (InstalledQuizzes.Located located : quizzes.all(lang)) {
                    out.printf("%-32s %-28s %s%n", located.quiz().id(), located.module().id(),
                            located.quiz().title().in(lang));
                }
                return 0;
            }
            if (parsed.operands().size() != 1) {
                err.println("sendero quiz: name one quiz");
                return Arguments.USAGE;
            }
            Optional<String> learnerName = parsed.value("--learner");
            if (learnerName.isEmpty()) {
                err.println("sendero quiz: --learner NAME is needed, so that the answers are recorded for someone");
                return Arguments.USAGE;
            }
            String quizId = parsed.operands().get(0);
            Optional<InstalledQuizzes.Located> located = quizzes.find(quizId, lang);
            if (located.isEmpty()) {
                err.println("sendero quiz: no quiz '" + quizId + "' in the installed packs; 'sendero quiz' lists them");
                return 1;
            }
            long seed = parsed.value("--seed").map(Long::parseLong).orElseGet(() -> new SecureRandom().nextLong());
            Terminal io = terminal.get();
            Learner learner = LearnerLookup.unlocked(learners, learnerName.get(), new PinInput(io.in(), out, io.console()));
            return new TextQuiz(store, completion, io.in(), out, err, Clock.systemUTC()).run(learner, located.get(), seed);
        } catch (NumberFormatException e) {
            err.println("sendero quiz: --seed must be a whole number");
            return Arguments.USAGE;
        } catch (IOException e) {
            LearnerLookup.fail(err, "quiz", e);
            return 1;
        }
    }
}

package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.cli.JsonOutput;
import org.sendero.content.ContentLibrary;
import org.sendero.core.AtomicFiles;
import org.sendero.core.content.Course;
import org.sendero.core.content.Pack;
import org.sendero.progress.CompletionService;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.ExportOptions;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ModuleProgress;
import org.sendero.progress.NextStep;
import org.sendero.progress.ProgressExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * sendero progress [--learner NAME] [--json]: what each learner completed and what comes next.
 * sendero progress export --format xapi|csv|csv-answers [-o FILE] [--learner NAME] [--home-page URL].
 */
@Component(service = CliCommand.class)
public final class ProgressCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("xapi", "csv", "csv-answers");

    private final ContentLibrary library;
    private final Learners learners;
    private final CompletionService completion;
    private final ProgressExport export;

    @Activate
    public ProgressCommand(@Reference ContentLibrary library, @Reference Learners learners,
            @Reference CompletionService completion, @Reference ProgressExport export) {
        this.library = library;
        this.learners = learners;
        this.completion = completion;
        this.export = export;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public String summary() {
        return "[--learner NAME] [--json] | export --format xapi|csv|csv-answers [-o FILE]: progress and its export";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        ExportLine exporting = line.command() instanceof ExportLine e ? e : null;
        if (exporting != null && !FORMATS.contains(exporting.format)) {
            err.println("sendero progress export: --format must be xapi, csv or csv-answers");
            return CommandParser.USAGE;
        }
        Line parsed = exporting != null ? exporting.parent : (Line) line.command();
        Optional<String> learnerName = Optional.ofNullable(exporting != null && exporting.learner != null
                ? exporting.learner : parsed.learner);
        try {
            List<Pack> packs = InstalledQuizzes.of(library).packs();
            Optional<Learner> only = learnerName.isPresent()
                    ? Optional.of(LearnerLookup.byName(learners, learnerName.get())) : Optional.empty();
            if (exporting != null) {
                return export(exporting, packs, only, out);
            }
            List<Learner> shown = only.map(List::of).orElse(learners.list());
            if (parsed.json) {
                JsonArray rows = new JsonArray();
                for (Learner learner : shown) {
                    rows.add(json(learner, packs));
                }
                out.println(JsonOutput.write(rows));
            } else {
                for (Learner learner : shown) {
                    print(learner, packs, out);
                }
                if (shown.isEmpty()) {
                    out.println("No learners yet; add one with: sendero learners add NAME");
                }
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            LearnerLookup.fail(err, "progress", e);
            return 1;
        }
    }

    private int export(ExportLine parsed, List<Pack> packs, Optional<Learner> only, PrintStream out)
            throws IOException {
        URI homePage = URI
                .create(Optional.ofNullable(parsed.homePage).orElse(ExportOptions.DEFAULT_HOME_PAGE.toString()));
        ExportOptions options = new ExportOptions(homePage, only.map(Learner::id));
        Optional<Path> file = Optional.ofNullable(parsed.output).map(Path::of);
        if (file.isEmpty()) {
            write(parsed.format, out, options, packs);
            return 0;
        }
        AtomicFiles.write(file.get(), stream -> write(parsed.format, stream, options, packs));
        out.println("Wrote " + file.get());
        return 0;
    }

    private void write(String format, OutputStream stream, ExportOptions options, List<Pack> packs) throws IOException {
        switch (format) {
            case "xapi" -> export.xapi(stream, options, packs);
            case "csv" -> export.csvModules(stream, options, packs);
            default -> export.csvAnswers(stream, options);
        }
        stream.flush();
    }

    private void print(Learner learner, List<Pack> packs, PrintStream out) throws IOException {
        out.println(learner.name());
        for (Pack pack : packs) {
            for (Course course : pack.courses()) {
                CourseProgress progress = completion.course(learner.id(), pack.id(), course);
                out.println("  " + course.title().in("en") + ": " + progress.modulesComplete() + " of "
                        + progress.modules().size() + " modules complete");
                for (ModuleProgress module : progress.modules()) {
                    out.println("    " + (module.complete() ? "[x] " : "[ ] ") + module.moduleId() + ": "
                            + module.lessonsRead().size() + "/" + module.lessonCount() + " lessons read"
                            + (module.hasQuiz() ? ", quiz " + (module.quizPassed() ? "passed" : "not passed")
                                    + (module.bestScaled().isPresent()
                                            ? " (best " + Math.round(module.bestScaled().getAsDouble() * 1000) / 10.0
                                                    + "%)"
                                            : "")
                                    : ""));
                }
            }
        }
        out.println("  Next: " + describe(completion.next(learner.id(), packs)));
    }

    private static String describe(NextStep step) {
        return switch (step) {
            case NextStep.ReadLesson read -> "read lesson " + read.lesson().lessonId() + " (module "
                    + read.lesson().moduleId() + ")";
            case NextStep.TakeQuiz quiz -> "take quiz " + quiz.quizId() + " (module " + quiz.moduleId() + ")";
            case NextStep.AllDone done -> "nothing left: every course is complete";
        };
    }

    private JsonObject json(Learner learner, List<Pack> packs) throws IOException {
        JsonObject row = new JsonObject();
        row.addProperty("learner", learner.name());
        row.addProperty("learner_id", learner.id());
        JsonArray courses = new JsonArray();
        for (Pack pack : packs) {
            for (Course course : pack.courses()) {
                CourseProgress progress = completion.course(learner.id(), pack.id(), course);
                JsonObject entry = new JsonObject();
                entry.addProperty("pack", pack.id());
                entry.addProperty("course", course.id());
                entry.addProperty("complete", progress.complete());
                JsonArray modules = new JsonArray();
                for (ModuleProgress module : progress.modules()) {
                    JsonObject m = new JsonObject();
                    m.addProperty("module", module.moduleId());
                    m.addProperty("lessons_read", module.lessonsRead().size());
                    m.addProperty("lessons_total", module.lessonCount());
                    m.addProperty("quiz_passed", module.hasQuiz() ? module.quizPassed() : null);
                    m.add("best_score_percent", module.bestScaled().isPresent()
                            ? JsonOutput.number(Math.round(module.bestScaled().getAsDouble() * 1000) / 10.0)
                            : JsonNull.INSTANCE);
                    m.addProperty("attempts", module.attemptsStarted());
                    m.add("seconds_read", JsonOutput.number(module.timeRead().toMillis() / 1000.0));
                    m.addProperty("complete", module.complete());
                    modules.add(m);
                }
                entry.add("modules", modules);
                courses.add(entry);
            }
        }
        row.add("courses", courses);
        JsonObject next = new JsonObject();
        switch (completion.next(learner.id(), packs)) {
            case NextStep.ReadLesson read -> {
                next.addProperty("type", "lesson");
                next.addProperty("pack", read.lesson().packId());
                next.addProperty("course", read.lesson().courseId());
                next.addProperty("module", read.lesson().moduleId());
                next.addProperty("lesson", read.lesson().lessonId());
                next.addProperty("position", read.position());
            }
            case NextStep.TakeQuiz quiz -> {
                next.addProperty("type", "quiz");
                next.addProperty("pack", quiz.packId());
                next.addProperty("course", quiz.courseId());
                next.addProperty("module", quiz.moduleId());
                next.addProperty("quiz", quiz.quizId());
            }
            case NextStep.AllDone done -> next.addProperty("type", "done");
        }
        row.add("next", next);
        return row;
    }

    @Command(subcommands = ExportLine.class)
    static final class Line {
        @Option(names = "--learner", paramLabel = "NAME", description = "Only this learner.")
        String learner;
        @Option(names = "--json", description = "One JSON array, for scripts.")
        boolean json;
    }

    @Command(name = "export", description = "Write the progress as xAPI statements or CSV.")
    static final class ExportLine {
        @ParentCommand
        Line parent;
        @Option(names = "--format", required = true, paramLabel = "xapi|csv|csv-answers", description = "What to write.")
        String format;
        @Option(names = "-o", paramLabel = "FILE", description = "The file to write (default: stdout).")
        String output;
        @Option(names = "--learner", paramLabel = "NAME", description = "Only this learner.")
        String learner;
        @Option(names = "--home-page", paramLabel = "URL", description = "The xAPI account home page.")
        String homePage;
    }
}

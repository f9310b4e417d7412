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
import org.sendero.progress.Notes;
import org.sendero.progress.ProgressExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * sendero progress [--learner NAME] [--json]: what each learner completed and what comes next.
 * sendero progress export --format xapi|csv|csv-answers|notes [-o FILE] [--learner NAME] [--home-page URL].
 * sendero progress import-notes FILE --learner NAME: notes exported before, back to a learner.
 */
@Component(service = CliCommand.class)
public final class ProgressCommand implements CliCommand {

    private static final List<String> FORMATS = List.of("xapi", "csv", "csv-answers", "notes");

    private final ContentLibrary library;
    private final Learners learners;
    private final CompletionService completion;
    private final ProgressExport export;
    private final NotesTransfer notes;

    @Activate
    public ProgressCommand(@Reference ContentLibrary library, @Reference Learners learners,
            @Reference CompletionService completion, @Reference ProgressExport export, @Reference Notes notes) {
        this.library = library;
        this.learners = learners;
        this.completion = completion;
        this.export = export;
        this.notes = new NotesTransfer(notes);
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public String summary() {
        return "[--learner NAME] [--json] | export --format xapi|csv|csv-answers|notes [-o FILE] | import-notes FILE"
                + " --learner NAME: progress, its export, notes back";
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
            err.println("sendero progress export: --format must be xapi, csv, csv-answers or notes");
            return CommandParser.USAGE;
        }
        if (line.command() instanceof ImportNotesLine importing) {
            return importNotes(importing, out, err);
        }
        Line parsed = exporting != null ? exporting.parent : (Line) line.command();
        Optional<String> learnerName = Optional.ofNullable(exporting != null && exporting.learner != null
                ? exporting.learner : parsed.learner);
        try {
            Optional<Learner> only = learnerName.isPresent()
                    ? Optional.of(LearnerLookup.byName(learners, learnerName.get())) : Optional.empty();
            if (exporting != null && exporting.format.equals("notes")) {
                if (only.isEmpty()) {
                    err.println("sendero progress export: --format notes needs --learner NAME: notes are kept"
                            + " per learner");
                    return CommandParser.USAGE;
                }
                // notes name their documents by id: the installed packs need not be read
                return export(exporting, List.of(), only, out);
            }
            List<Pack> packs = InstalledQuizzes.of(library).packs();
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
            write(parsed.format, out, options, packs, only);
            return 0;
        }
        AtomicFiles.write(file.get(), stream -> write(parsed.format, stream, options, packs, only));
        out.println("Wrote " + file.get());
        return 0;
    }

    private int importNotes(ImportNotesLine parsed, PrintStream out, PrintStream err) {
        try {
            Learner learner = LearnerLookup.byName(learners, parsed.learner);
            int count = notes.importFile(Path.of(parsed.file), learner);
            out.println("Imported " + count + (count == 1 ? " note" : " notes") + " for " + learner.name());
            return 0;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private void write(String format, OutputStream stream, ExportOptions options, List<Pack> packs,
            Optional<Learner> only) throws IOException {
        switch (format) {
            case "xapi" -> export.xapi(stream, options, packs);
            case "notes" -> notes.export(only.orElseThrow(), stream);
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

    @Command(subcommands = { ExportLine.class, ImportNotesLine.class })
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
        @Option(names = "--format", required = true, paramLabel = "xapi|csv|csv-answers|notes", description = "What to write (notes: one learner's notes as Markdown).")
        String format;
        @Option(names = "-o", paramLabel = "FILE", description = "The file to write (default: stdout).")
        String output;
        @Option(names = "--learner", paramLabel = "NAME", description = "Only this learner.")
        String learner;
        @Option(names = "--home-page", paramLabel = "URL", description = "The xAPI account home page.")
        String homePage;
    }

    @Command(name = "import-notes", description = "Give a learner the notes of a file written by export --format notes.")
    static final class ImportNotesLine {
        @picocli.CommandLine.Parameters(paramLabel = "FILE", description = "The notes file.")
        String file;
        @Option(names = "--learner", required = true, paramLabel = "NAME", description = "The learner to give them to.")
        String learner;
    }
}

package org.sendero.content.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.Arguments;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.content.gift.AikenReader;
import org.sendero.content.gift.GiftReader;
import org.sendero.content.gift.GiftWriter;
import org.sendero.content.gift.ImportedQuiz;
import org.sendero.content.gift.QuizYaml;
import org.sendero.core.AtomicFiles;
import org.sendero.core.content.Course;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * sendero gift import FILE --into MODULE_DIR: a GIFT (or Aiken) question bank as the module's
 * quiz.LANG.yaml. sendero gift export QUIZ_ID: an installed quiz as GIFT.
 */
@Component(service = CliCommand.class)
public final class GiftCommand implements CliCommand {

    private final ContentLibrary library;
    private final PackValidator validator;

    @Activate
    public GiftCommand(@Reference ContentLibrary library, @Reference PackValidator validator) {
        this.library = library;
        this.validator = validator;
    }

    @Override
    public String name() {
        return "gift";
    }

    @Override
    public String summary() {
        return "import FILE --into MODULE_DIR [--lang LANG] [--format gift|aiken] [--force] | export QUIZ_ID [--lang LANG]"
                + " [-o FILE]: Moodle question banks in and out";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of("--force"), Set.of("--into", "--lang", "--format", "-o", "--id"));
        } catch (IllegalArgumentException e) {
            err.println("sendero gift: " + e.getMessage());
            return Arguments.USAGE;
        }
        List<String> operands = parsed.operands();
        try {
            if (operands.size() == 2 && operands.get(0).equals("import") && parsed.value("--into").isPresent()) {
                return importFile(Path.of(operands.get(1)), Path.of(parsed.value("--into").get()), parsed, out, err);
            }
            if (operands.size() == 2 && operands.get(0).equals("export")) {
                return export(operands.get(1), parsed.value("--lang").orElse("en"), parsed.value("-o"), out, err);
            }
        } catch (IOException e) {
            err.println("sendero gift: " + e.getMessage());
            return 1;
        }
        err.println("sendero gift: usage: gift import FILE --into MODULE_DIR | gift export QUIZ_ID");
        return Arguments.USAGE;
    }

    private int importFile(Path file, Path moduleDir, Arguments parsed, PrintStream out, PrintStream err)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            err.println(file + ":1:1: error: no such file");
            return 1;
        }
        Path moduleYaml = moduleDir.resolve("module.yaml");
        if (!Files.isRegularFile(moduleYaml)) {
            err.println(moduleDir + ":1:1: error: not a module folder (no module.yaml)");
            return 1;
        }
        String format = parsed.value("--format").orElse(file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt")
                ? "aiken" : "gift");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ImportedQuiz imported = switch (format) {
            case "gift" -> GiftReader.read(text, file.toString());
            case "aiken" -> AikenReader.read(text, file.toString());
            default -> null;
        };
        if (imported == null) {
            err.println("sendero gift: --format must be gift or aiken");
            return Arguments.USAGE;
        }
        imported.problems().forEach(err::println);
        if (imported.hasErrors()) {
            err.println("sendero gift: nothing was written");
            return 1;
        }
        if (imported.items().isEmpty()) {
            err.println(file + ":1:1: error: no question to import");
            return 1;
        }
        String lang = parsed.value("--lang").orElse("en");
        String base = quizName(moduleYaml);
        Path target = moduleDir.resolve(base + "." + lang + ".yaml");
        if (Files.exists(target) && !parsed.has("--force")) {
            err.println(target + ":1:1: error: already exists; use --force to replace it");
            return 1;
        }
        String moduleId = moduleDir.toAbsolutePath().normalize().getFileName().toString();
        String quizId = parsed.value("--id").orElse(moduleId + "-quiz");
        String title = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Quiz quiz = new Quiz(quizId, lang, LocalizedText.of(lang, title), 70, FeedbackTiming.IMMEDIATE, 0, false,
                imported.scenarios(), imported.items(), target.toString());
        Optional<byte[]> previous = Files.exists(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty();
        AtomicFiles.write(target, QuizYaml.write(quiz).getBytes(StandardCharsets.UTF_8));
        Optional<Path> packRoot = packRoot(moduleDir);
        if (packRoot.isPresent()) {
            PackReport report = validator.validate(packRoot.get());
            String relative = packRoot.get().toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
            List<Problem> ours = report.problems().stream().filter(p -> p.path().equals(relative)).toList();
            ours.forEach(problem -> err.println(problem.under(packRoot.get().toString())));
            if (ours.stream().anyMatch(Problem::isError)) {
                // the pack was valid before; put back what was there
                if (previous.isPresent()) {
                    AtomicFiles.write(target, previous.get());
                } else {
                    Files.deleteIfExists(target);
                }
                err.println("sendero gift: the pack validator refused the quiz; nothing was changed");
                return 1;
            }
        }
        out.println("Wrote " + target + ": " + imported.items().size() + (imported.items().size() == 1 ? " item" : " items")
                + ", " + imported.problems().size() + (imported.problems().size() == 1 ? " warning" : " warnings"));
        return 0;
    }

    /** The quiz base name module.yaml gives (quiz: NAME), else "quiz". */
    private static String quizName(Path moduleYaml) throws IOException {
        try {
            Object root = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(moduleYaml));
            if (root instanceof Map<?, ?> map && map.get("quiz") instanceof String name && !name.isBlank()) {
                return name;
            }
        } catch (RuntimeException e) {
            throw ContentException.of(moduleYaml.toString(), "cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return "quiz";
    }

    /** courses/COURSE/MODULE sits two folders below courses/, whose parent holds pack.yaml. */
    private static Optional<Path> packRoot(Path moduleDir) {
        Path absolute = moduleDir.toAbsolutePath().normalize();
        Path courses = absolute.getParent() == null ? null : absolute.getParent().getParent();
        if (courses != null && courses.getFileName() != null && courses.getFileName().toString().equals("courses")
                && Files.isRegularFile(courses.getParent().resolve("pack.yaml"))) {
            return Optional.of(courses.getParent());
        }
        return Optional.empty();
    }

    private int export(String quizId, String lang, Optional<String> file, PrintStream out, PrintStream err)
            throws IOException {
        for (InstalledPack installed : library.installed()) {
            Optional<Pack> pack = library.load(installed.info().id()).pack();
            for (Course course : pack.map(Pack::courses).orElse(List.of())) {
                for (Module module : course.modules()) {
                    if (module.quizzes().stream().anyMatch(q -> q.id().equals(quizId))) {
                        String gift = GiftWriter.write(module.quiz(lang).orElseThrow());
                        if (file.isPresent()) {
                            AtomicFiles.write(Path.of(file.get()), gift.getBytes(StandardCharsets.UTF_8));
                            out.println("Wrote " + file.get());
                        } else {
                            out.print(gift);
                        }
                        return 0;
                    }
                }
            }
        }
        err.println("sendero gift: no quiz '" + quizId + "' in the installed packs");
        return 1;
    }
}

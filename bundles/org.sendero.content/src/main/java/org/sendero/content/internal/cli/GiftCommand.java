package org.sendero.content.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.sendero.content.PackValidator;
import org.sendero.content.authoring.GiftImport;
import org.sendero.content.authoring.ImportReport;
import org.sendero.content.gift.GiftWriter;
import org.sendero.core.AtomicFiles;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;

/**
 * sendero gift import FILE --into MODULE_DIR: a GIFT (or Aiken) question bank as the module's
 * quiz.LANG.yaml, or added to it. sendero gift export QUIZ_ID: an installed quiz as GIFT.
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
        return "import FILE --into MODULE_DIR [--lang LANG] [--format gift|aiken] [--force|--append] | export QUIZ_ID [--lang LANG]"
                + " [-o FILE]: Moodle question banks in and out";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of("--force", "--append"), Set.of("--into", "--lang", "--format", "-o", "--id"));
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
        String lang = parsed.value("--lang").orElse("en");
        Optional<String> format = parsed.value("--format");
        if (format.isPresent() && !format.get().equals("gift") && !format.get().equals("aiken")) {
            err.println("sendero gift: --format must be gift or aiken");
            return Arguments.USAGE;
        }
        ImportReport report;
        try {
            if (Files.isRegularFile(moduleDir.resolve("module.yaml")) && !parsed.has("--force") && !parsed.has("--append")
                    && Files.exists(GiftImport.quizFile(moduleDir, lang))) {
                err.println(GiftImport.quizFile(moduleDir, lang) + ":1:1: error: already exists; use --force to replace it or --append to add to it");
                return 1;
            }
            report = new GiftImport(validator).into(moduleDir, file, new GiftImport.Options(lang, format,
                    parsed.value("--id"), parsed.has("--append") ? GiftImport.Mode.APPEND
                    : parsed.has("--force") ? GiftImport.Mode.REPLACE : GiftImport.Mode.NEW));
        } catch (ContentException e) {
            e.problems().forEach(err::println);
            err.println("sendero gift: nothing was written");
            return 1;
        }
        report.refused().forEach(err::println);
        report.warnings().forEach(err::println);
        int items = report.taken().size();
        out.println("Wrote " + report.quizFile() + ": " + items + (items == 1 ? " item" : " items") + ", "
                + report.refused().size() + (report.refused().size() == 1 ? " warning" : " warnings"));
        return 0;
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
                            AtomicFiles.write(Path.of(file.get()), gift.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

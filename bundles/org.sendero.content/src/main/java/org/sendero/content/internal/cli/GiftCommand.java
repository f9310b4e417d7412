package org.sendero.content.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        try {
            return switch (line.command()) {
                case ImportLine parsed -> importFile(parser, parsed, out, err);
                case ExportLine parsed ->
                    export(parsed.quizId, parsed.lang, Optional.ofNullable(parsed.output), out, err);
                default ->
                    parser.usageError("name what to do: gift import FILE --into MODULE_DIR | gift export QUIZ_ID");
            };
        } catch (IOException e) {
            err.println("sendero gift: " + e.getMessage());
            return 1;
        }
    }

    private int importFile(CommandParser parser, ImportLine parsed, PrintStream out, PrintStream err)
            throws IOException {
        if (parsed.force && parsed.append) {
            return parser.usageError("--force and --append do not go together");
        }
        Optional<String> format = Optional.ofNullable(parsed.format);
        if (format.isPresent() && !format.get().equals("gift") && !format.get().equals("aiken")) {
            return parser.usageError("--format must be gift or aiken");
        }
        Path file = Path.of(parsed.file);
        Path moduleDir = Path.of(parsed.into);
        if (!Files.isRegularFile(file)) {
            err.println(file + ":1:1: error: no such file");
            return 1;
        }
        String lang = parsed.lang;
        ImportReport report;
        try {
            if (Files.isRegularFile(moduleDir.resolve("module.yaml")) && !parsed.force && !parsed.append
                    && Files.exists(GiftImport.quizFile(moduleDir, lang))) {
                err.println(GiftImport.quizFile(moduleDir, lang)
                        + ":1:1: error: already exists; use --force to replace it or --append to add to it");
                return 1;
            }
            report = new GiftImport(validator).into(moduleDir, file, new GiftImport.Options(lang, format,
                    Optional.ofNullable(parsed.id), parsed.append ? GiftImport.Mode.APPEND
                            : parsed.force ? GiftImport.Mode.REPLACE : GiftImport.Mode.NEW));
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
                            AtomicFiles.write(Path.of(file.get()),
                                    gift.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    @Command(subcommands = { ImportLine.class, ExportLine.class })
    static final class Line {
    }

    @Command(name = "import", description = "Write a GIFT or Aiken question bank as the module's quiz.LANG.yaml.")
    static final class ImportLine {
        @Parameters(arity = "1", paramLabel = "FILE", description = "The GIFT or Aiken file.")
        String file;
        @Option(names = "--into", required = true, paramLabel = "MODULE_DIR", description = "The module folder.")
        String into;
        @Option(names = "--lang", paramLabel = "LANG", description = "The quiz's language (default: en).")
        String lang = "en";
        @Option(names = "--format", paramLabel = "gift|aiken", description = "The file's format (default: by its content).")
        String format;
        @Option(names = "--id", paramLabel = "QUIZ_ID", description = "The quiz's id (default: from the module).")
        String id;
        @Option(names = "--force", description = "Replace the module's quiz.")
        boolean force;
        @Option(names = "--append", description = "Add to the module's quiz.")
        boolean append;
    }

    @Command(name = "export", description = "Print an installed quiz as GIFT, or write it to a file.")
    static final class ExportLine {
        @Parameters(arity = "1", paramLabel = "QUIZ_ID", description = "An installed quiz.")
        String quizId;
        @Option(names = "--lang", paramLabel = "LANG", description = "The language (default: en).")
        String lang = "en";
        @Option(names = "-o", paramLabel = "FILE", description = "The file to write.")
        String output;
    }
}

package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.Arguments;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.internal.ContentService;

/** sendero import FILE|DIR [--force]: a pack, or documents into "My library". */
@Component(service = CliCommand.class)
public final class ImportCommand implements CliCommand {

    private final ContentLibrary library;

    @Activate
    public ImportCommand(@Reference ContentLibrary library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "FILE|DIR [--force]: install a pack (folder or .sendero) or add documents (.md, .txt, .pdf) to My library";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of("--force"), Set.of());
        } catch (IllegalArgumentException e) {
            err.println("sendero import: " + e.getMessage());
            return Arguments.USAGE;
        }
        if (parsed.operands().size() != 1) {
            err.println("sendero import: name one pack, document or folder of documents");
            return Arguments.USAGE;
        }
        try {
            out.println(ContentService.importAny(library, Path.of(parsed.operands().get(0)), parsed.has("--force")).describe());
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }
}

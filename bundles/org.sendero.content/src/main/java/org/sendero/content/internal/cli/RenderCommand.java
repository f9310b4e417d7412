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
import org.sendero.content.MarkdownRenderer;
import org.sendero.content.internal.library.LibraryImport;

/** sendero render FILE.md [--pack ID]: the safe HTML a reader will get, for an author to check. */
@Component(service = CliCommand.class)
public final class RenderCommand implements CliCommand {

    private final MarkdownRenderer renderer;

    @Activate
    public RenderCommand(@Reference MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "FILE.md [--pack ID]: print the safe HTML that the reader shows for a Markdown file";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of(), Set.of("--pack"));
        } catch (IllegalArgumentException e) {
            err.println("sendero render: " + e.getMessage());
            return Arguments.USAGE;
        }
        if (parsed.operands().size() != 1) {
            err.println("sendero render: name one Markdown file");
            return Arguments.USAGE;
        }
        try {
            String text = LibraryImport.readText(Path.of(parsed.operands().get(0)));
            out.print(renderer.render(text, parsed.value("--pack").orElse("local")).html());
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }
}

package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentException;
import org.sendero.content.MarkdownRenderer;
import org.sendero.content.internal.library.LibraryImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
        CommandParser.Parsed line = new CommandParser(this, out, err).parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line parsed = (Line) line.command();
        try {
            String text = LibraryImport.readText(Path.of(parsed.file));
            out.print(renderer.render(text, parsed.pack).html());
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    @Command
    static final class Line {
        @Parameters(arity = "1", paramLabel = "FILE.md", description = "The Markdown file to render.")
        String file;
        @Option(names = "--pack", paramLabel = "ID", description = "The pack its links point into (default: local).")
        String pack = "local";
    }
}

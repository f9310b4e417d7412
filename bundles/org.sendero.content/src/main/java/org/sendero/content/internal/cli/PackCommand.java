package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentException;
import org.sendero.content.PackExporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** sendero pack DIR -o FILE [--sign KEY]: one .sendero file to carry to another office. */
@Component(service = CliCommand.class)
public final class PackCommand implements CliCommand {

    private final PackExporter exporter;

    @Activate
    public PackCommand(@Reference PackExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "pack";
    }

    @Override
    public String summary() {
        return "DIR -o FILE.sendero [--sign KEY]: write a pack file (same input, same bytes), optionally signed";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser.Parsed line = new CommandParser(this, out, err).parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line parsed = (Line) line.command();
        try {
            out.println(exporter.export(Path.of(parsed.folder), Path.of(parsed.target),
                    Optional.ofNullable(parsed.key).map(Path::of)));
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    @Command
    static final class Line {
        @Parameters(arity = "1", paramLabel = "DIR", description = "The pack folder.")
        String folder;
        @Option(names = { "-o",
                "--output" }, required = true, paramLabel = "FILE.sendero", description = "The file to write.")
        String target;
        @Option(names = "--sign", paramLabel = "KEY", description = "A PEM private key to sign the pack with.")
        String key;
    }
}

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
import org.sendero.content.PackExporter;

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
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of(), Set.of("-o", "--output", "--sign"));
        } catch (IllegalArgumentException e) {
            err.println("sendero pack: " + e.getMessage());
            return Arguments.USAGE;
        }
        var target = parsed.value("-o").or(() -> parsed.value("--output"));
        if (parsed.operands().size() != 1 || target.isEmpty()) {
            err.println("sendero pack: usage: sendero pack DIR -o FILE.sendero [--sign KEY]");
            return Arguments.USAGE;
        }
        try {
            out.println(exporter.export(Path.of(parsed.operands().get(0)), Path.of(target.get()),
                    parsed.value("--sign").map(Path::of)));
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }
}

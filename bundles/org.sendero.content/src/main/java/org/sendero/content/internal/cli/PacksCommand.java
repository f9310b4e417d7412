package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.cli.JsonOutput;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** sendero packs [--json]: the installed packs with id, version, title and signer. */
@Component(service = CliCommand.class)
public final class PacksCommand implements CliCommand {

    private final ContentLibrary library;

    @Activate
    public PacksCommand(@Reference ContentLibrary library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "packs";
    }

    @Override
    public String summary() {
        return "[--json]: list the installed packs with version, title and signing key";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser.Parsed line = new CommandParser(this, out, err).parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line parsed = (Line) line.command();
        try {
            List<InstalledPack> packs = library.installed();
            if (parsed.json) {
                out.println(json(packs));
            } else if (packs.isEmpty()) {
                out.println("No packs are installed.");
            } else {
                for (InstalledPack pack : packs) {
                    out.printf("%-24s %-9s %-40s %s%n", pack.info().id(), pack.info().version(),
                            TerminalText.safe(pack.info().title().in("en")),
                            pack.signer().map(key -> "signed by " + key).orElse("not signed"));
                }
            }
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(problem -> err.println(TerminalText.safe(problem.toString())));
            return 1;
        }
    }

    @Command
    static final class Line {
        @Option(names = "--json", description = "One JSON array, for scripts.")
        boolean json;
    }

    /**
     * Stable keys in a fixed order, so that scripts can rely on them. C1 controls, which JSON may
     * hold as they are but a terminal would obey, are escaped too: they can only stand in strings.
     */
    static String json(List<InstalledPack> packs) {
        JsonArray array = new JsonArray();
        for (InstalledPack pack : packs) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", pack.info().id());
            entry.addProperty("version", pack.info().version().toString());
            entry.addProperty("title", pack.info().title().in("en"));
            entry.addProperty("signer", pack.signer().orElse(null));
            array.add(entry);
        }
        return TerminalText.escapeC1(JsonOutput.write(array));
    }
}

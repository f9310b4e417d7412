package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** sendero remove PACK_ID. */
@Component(service = CliCommand.class)
public final class RemoveCommand implements CliCommand {

    private final ContentLibrary library;

    @Activate
    public RemoveCommand(@Reference ContentLibrary library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "remove";
    }

    @Override
    public String summary() {
        return "PACK_ID: remove an installed pack";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser.Parsed line = new CommandParser(this, out, err).parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        String id = ((Line) line.command()).id;
        try {
            library.remove(id);
            out.println("Removed " + id);
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    @Command
    static final class Line {
        @Parameters(arity = "1", paramLabel = "PACK_ID", description = "An installed pack (see sendero packs).")
        String id;
    }
}

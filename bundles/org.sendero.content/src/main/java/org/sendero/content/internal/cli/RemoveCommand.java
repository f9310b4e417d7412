package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.Arguments;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;

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
        Arguments parsed;
        try {
            parsed = Arguments.parse(arguments, Set.of(), Set.of());
        } catch (IllegalArgumentException e) {
            err.println("sendero remove: " + e.getMessage());
            return Arguments.USAGE;
        }
        if (parsed.operands().size() != 1) {
            err.println("sendero remove: name one installed pack id (see sendero packs)");
            return Arguments.USAGE;
        }
        try {
            library.remove(parsed.operands().get(0));
            out.println("Removed " + parsed.operands().get(0));
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }
}

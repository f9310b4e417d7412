package org.sendero.search.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;
import org.sendero.search.IndexCheck;
import org.sendero.search.IndexProgress;
import org.sendero.search.IndexReport;
import org.sendero.search.LibraryIndex;
import org.sendero.search.SearchException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** sendero index [--rebuild|--check]: update the search index, rebuild it, or check it. */
@Component(service = CliCommand.class)
public final class IndexCommand implements CliCommand {

    /** Taken only when the command runs: listing the commands must not open the index. */
    private final ComponentServiceObjects<LibraryIndex> indexes;

    @Activate
    public IndexCommand(@Reference ComponentServiceObjects<LibraryIndex> indexes) {
        this.indexes = indexes;
    }

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String summary() {
        return "[--rebuild|--check]: index what changed in the installed packs, rebuild, or check the index";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line options = (Line) line.command();
        if (options.rebuild && options.check) {
            return parser.usageError("--rebuild and --check do not go together");
        }
        LibraryIndex index = indexes.getService();
        try {
            if (options.check) {
                IndexCheck check = index.check();
                out.println("Index schema " + (check.schema().isEmpty() ? "none" : check.schema()) + ": "
                        + check.documents()
                        + " documents, " + check.sections() + " sections, " + check.pending() + " pending");
                check.problems().forEach(problem -> err.println("sendero index: " + problem));
                return check.ok() ? 0 : 1;
            }
            IndexReport report = options.rebuild ? index.rebuild(IndexProgress.NONE) : index.update(IndexProgress.NONE);
            out.println(report.describe());
            return 0;
        } catch (SearchException e) {
            err.println("sendero index: " + e.getMessage());
            return 1;
        } finally {
            indexes.ungetService(index);
        }
    }

    @Command
    static final class Line {
        @Option(names = "--rebuild", description = "Read every installed pack again.")
        boolean rebuild;
        @Option(names = "--check", description = "Check the index and say what is wrong with it.")
        boolean check;
    }
}

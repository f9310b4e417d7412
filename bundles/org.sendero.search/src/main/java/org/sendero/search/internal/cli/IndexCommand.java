package org.sendero.search.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CliCommand;
import org.sendero.search.IndexCheck;
import org.sendero.search.IndexProgress;
import org.sendero.search.IndexReport;
import org.sendero.search.LibraryIndex;
import org.sendero.search.SearchException;

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
        Options options;
        try {
            options = Options.parse(arguments, Set.of("--rebuild", "--check"), Set.of());
            if (!options.operands.isEmpty()) {
                throw new IllegalArgumentException("takes no operands");
            }
            if (options.has("--rebuild") && options.has("--check")) {
                throw new IllegalArgumentException("--rebuild and --check do not go together");
            }
        } catch (IllegalArgumentException e) {
            err.println("sendero index: " + e.getMessage());
            return Options.USAGE;
        }
        LibraryIndex index = indexes.getService();
        try {
            if (options.has("--check")) {
                IndexCheck check = index.check();
                out.println("Index schema " + (check.schema().isEmpty() ? "none" : check.schema()) + ": " + check.documents()
                        + " documents, " + check.sections() + " sections, " + check.pending() + " pending");
                check.problems().forEach(problem -> err.println("sendero index: " + problem));
                return check.ok() ? 0 : 1;
            }
            IndexReport report = options.has("--rebuild") ? index.rebuild(IndexProgress.NONE) : index.update(IndexProgress.NONE);
            out.println(report.describe());
            return 0;
        } catch (SearchException e) {
            err.println("sendero index: " + e.getMessage());
            return 1;
        } finally {
            indexes.ungetService(index);
        }
    }
}

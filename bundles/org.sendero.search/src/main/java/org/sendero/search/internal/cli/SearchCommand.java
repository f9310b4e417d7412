package org.sendero.search.internal.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CliCommand;
import org.sendero.cli.JsonOutput;
import org.sendero.cli.CommandParser;
import org.sendero.search.FacetCount;
import org.sendero.search.IndexProgress;
import org.sendero.search.LibraryIndex;
import org.sendero.search.LibrarySearch;
import org.sendero.search.QueryTooLongException;
import org.sendero.search.SearchException;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.query.QueryBudget;
import org.sendero.search.internal.query.QueryText;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sendero search QUERY [--lang L] [--kind K] [--facet F=V]... [--limit N] [--json]. Brings the
 * index up to date first (only what changed is read), then searches. The JSON form is documented
 * in docs/SEARCH.md.
 */
@Component(service = CliCommand.class)
public final class SearchCommand implements CliCommand {

    /** Taken only when the command runs: listing the commands must not open the index. */
    private final ComponentServiceObjects<LibrarySearch> searches;
    private final ComponentServiceObjects<LibraryIndex> indexes;

    @Activate
    public SearchCommand(@Reference ComponentServiceObjects<LibrarySearch> searches,
            @Reference ComponentServiceObjects<LibraryIndex> indexes) {
        this.searches = searches;
        this.indexes = indexes;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "QUERY [--lang L] [--kind K] [--facet F=V]... [--limit N] [--as-typed] [--json]: search the library";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err).dashWordsAreOperands();
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line options = (Line) line.command();
        boolean json = options.json;
        SearchRequest request;
        try {
            int limit = Integer.parseInt(options.limit);
            request = new SearchRequest(String.join(" ", options.query), options.lang, Map.of(), limit, true, true,
                    !options.asTyped);
            for (String kind : options.kinds) {
                request = request.withFilter("kind", kind);
            }
            for (String facet : options.facets) {
                int equals = facet.indexOf('=');
                if (equals <= 0 || equals == facet.length() - 1) {
                    return parser.usageError("--facet needs FACET=VALUE, e.g. --facet topic=children: " + facet);
                }
                request = request.withFilter(facet.substring(0, equals), facet.substring(equals + 1));
            }
            // before the index is brought up to date: a query that will be refused need not wait for it
            QueryBudget.standard().checkWords(QueryText.parse(request.query()));
        } catch (QueryTooLongException e) {
            return parser.usageError(e.getMessage());
        } catch (NumberFormatException e) {
            return parser.usageError("--limit needs a whole number");
        } catch (IllegalArgumentException e) {
            // a value the request refuses
            return parser.usageError(e.getMessage());
        }
        LibraryIndex index = indexes.getService();
        LibrarySearch search = searches.getService();
        try {
            try {
                index.update(IndexProgress.NONE);
            } catch (SearchException e) {
                // the last committed index still answers; say why it may be behind
                err.println("sendero search: searching the index as it was: " + e.getMessage());
            }
            SearchResults results = search.search(request);
            out.println(json ? json(results) : text(results));
            return 0;
        } catch (QueryTooLongException e) {
            err.println("sendero search: " + e.getMessage());
            return CommandParser.USAGE;
        } catch (SearchException e) {
            err.println("sendero search: " + e.getMessage());
            return 1;
        } finally {
            searches.ungetService(search);
            indexes.ungetService(index);
        }
    }

    /** A query may come as one quoted argument or as several words; a word may start with - to leave it out. */
    @Command
    static final class Line {
        @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for, e.g. \"trata de personas\".")
        List<String> query = new ArrayList<>();
        @Option(names = "--lang", paramLabel = "L", description = "The language of the query (default: en).")
        String lang = "en";
        @Option(names = "--kind", paramLabel = "K", description = "Only this kind of document; may be repeated.")
        List<String> kinds = new ArrayList<>();
        @Option(names = "--facet", paramLabel = "F=V", description = "Only documents with this facet value; may be repeated.")
        List<String> facets = new ArrayList<>();
        @Option(names = "--limit", paramLabel = "N", description = "At most N sections (default: 10).")
        String limit = "10";
        @Option(names = "--json", description = "The results as JSON, as docs/SEARCH.md describes.")
        boolean json;
        @Option(names = "--as-typed", description = "Only the words as typed: not their glossary and thesaurus terms.")
        boolean asTyped;
    }

    static String json(SearchResults results) {
        JsonObject root = new JsonObject();
        root.addProperty("query", results.query());
        JsonArray hits = new JsonArray();
        for (SearchHit hit : results.hits()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", hit.id());
            entry.addProperty("doc", hit.doc());
            entry.addProperty("title", hit.title());
            entry.addProperty("kind", hit.kind());
            entry.addProperty("section", hit.section());
            entry.addProperty("page", hit.page().isPresent() ? hit.page().getAsInt() : null);
            entry.add("score", score(hit.score()));
            entry.add("snippets", JsonOutput.strings(hit.snippets()));
            entry.addProperty("sectionTitle", hit.sectionTitle());
            entry.addProperty("lang", hit.lang());
            entry.addProperty("pack", hit.pack());
            entry.add("breadcrumb", JsonOutput.strings(hit.breadcrumb()));
            hits.add(entry);
        }
        root.add("hits", hits);
        JsonObject facets = new JsonObject();
        for (var facet : results.facets().entrySet()) {
            JsonArray counts = new JsonArray();
            for (FacetCount count : facet.getValue()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("value", count.value());
                entry.addProperty("count", count.count());
                counts.add(entry);
            }
            facets.add(facet.getKey(), counts);
        }
        root.add("facets", facets);
        root.add("didYouMean", JsonOutput.strings(results.didYouMean()));
        root.addProperty("showingResultsFor", results.showingResultsFor().orElse(null));
        root.addProperty("mostWordsOnly", results.mostWordsOnly());
        root.add("searchedAlsoFor", JsonOutput.strings(results.searchedAlsoFor()));
        root.addProperty("total", results.total());
        root.addProperty("tookMs", results.tookMs());
        return JsonOutput.write(root);
    }

    /** Four decimals, as the text form shows it: more would only tell apart what ranking does not. */
    static JsonElement score(float score) {
        return Float.isFinite(score) ? new JsonPrimitive(BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP))
                : JsonNull.INSTANCE;
    }

    private static String scoreText(float score) {
        return String.format(Locale.ROOT, "%.4f", score);
    }

    static String text(SearchResults results) {
        StringBuilder out = new StringBuilder();
        results.showingResultsFor().ifPresent(corrected -> out.append("Showing results for: ").append(corrected)
                .append(" (searched instead of: ").append(results.query()).append(")\n"));
        if (results.showingResultsFor().isEmpty() && !results.didYouMean().isEmpty()) {
            out.append("Did you mean: ").append(String.join(" | ", results.didYouMean())).append('\n');
        }
        if (results.mostWordsOnly()) {
            out.append("No document has all the words; showing those with most of them\n");
        }
        if (!results.searchedAlsoFor().isEmpty()) {
            out.append("Searched also for: ").append(String.join(", ", results.searchedAlsoFor()))
                    .append(" (--as-typed searches only the words typed)\n");
        }
        out.append(results.total()).append(results.total() == 1 ? " matching section" : " matching sections")
                .append(" (").append(results.tookMs()).append(" ms)\n");
        int number = 0;
        for (List<SearchHit> document : results.documents()) {
            SearchHit first = document.get(0);
            out.append('\n').append(++number).append(". ").append(first.title()).append("  [").append(first.kind())
                    .append(", ").append(first.lang()).append("]  ").append(String.join(" > ", first.breadcrumb()))
                    .append('\n');
            for (SearchHit hit : document) {
                out.append("   #").append(hit.section().isEmpty() ? "top" : hit.section());
                if (!hit.sectionTitle().isEmpty()) {
                    out.append("  ").append(hit.sectionTitle());
                }
                hit.page().ifPresent(page -> out.append("  (page ").append(page).append(')'));
                out.append("  ").append(scoreText(hit.score())).append('\n');
                hit.snippets().forEach(snippet -> out.append("     ").append(plain(snippet)).append('\n'));
            }
        }
        for (var facet : results.facets().entrySet()) {
            if (!facet.getValue().isEmpty()) {
                out.append('\n').append(facet.getKey()).append(": ").append(facet.getValue().stream()
                        .map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", ")));
            }
        }
        return out.toString().stripTrailing();
    }

    /** The marks as a terminal shows them, entities back to characters, one line per passage. */
    private static String plain(String snippet) {
        return org.sendero.core.Html.unescape(snippet.replaceAll("\\s+", " ").replace("<b>", "[").replace("</b>", "]"));
    }
}

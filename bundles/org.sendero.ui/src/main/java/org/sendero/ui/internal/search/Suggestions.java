package org.sendero.ui.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.sendero.search.SearchResults;

/**
 * The line under the search box when the search corrected the words: "Showing results for …"
 * with a link back to what was typed, and "Did you mean …" with a link per correction. Each link's
 * target is the index of the query it runs in {@link #queries()}.
 *
 * @param markup the text of an SWT Link, empty when there is nothing to suggest
 */
public record Suggestions(String markup, List<String> queries) {

    public Suggestions {
        queries = List.copyOf(queries);
    }

    public static Suggestions of(String typed, SearchResults results) {
        List<String> queries = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Optional<String> corrected = results.showingResultsFor();
        if (corrected.isPresent()) {
            sentences.add(NLS.bind(Messages.SearchPart_showingResultsFor, escape(corrected.get()),
                    link(queries, typed)));
        }
        List<String> others = results.didYouMean().stream()
                .filter(suggestion -> corrected.map(shown -> !shown.equals(suggestion)).orElse(true)).toList();
        if (!others.isEmpty()) {
            List<String> links = new ArrayList<>();
            others.forEach(suggestion -> links.add(link(queries, suggestion)));
            sentences.add(NLS.bind(Messages.SearchPart_didYouMean, String.join(", ", links)));
        }
        return new Suggestions(String.join(" ", sentences), queries);
    }

    public boolean isEmpty() {
        return markup.isEmpty();
    }

    private static String link(List<String> queries, String query) {
        queries.add(query);
        return "<a href=\"" + (queries.size() - 1) + "\">" + escape(query) + "</a>";
    }

    /** A Link reads its text as markup: an ampersand would become a mnemonic, a '<' a tag. */
    private static String escape(String text) {
        return text.replace("&", "&&").replace("<", "\u2039").replace(">", "\u203a");
    }
}

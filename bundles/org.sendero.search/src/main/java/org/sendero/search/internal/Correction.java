package org.sendero.search.internal;

import static org.sendero.search.internal.index.IndexSchema.FACET_LANGUAGE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendero.search.SearchRequest;
import org.sendero.search.internal.analysis.Language;
import org.sendero.search.internal.query.BuiltQuery;
import org.sendero.search.internal.query.ParsedQuery;
import org.sendero.search.internal.query.QueryFactory;
import org.sendero.search.internal.query.QueryText;
import org.sendero.search.internal.query.Spelling;

/**
 * "Did you mean" and "showing results for": which corrected query, if any, replaces the one typed.
 * The correction changes words only; the filters typed in the query ({@code lang:en},
 * {@code pack:my-library}) and chosen as facets stay applied to it. A query that finds nothing at
 * all with its filters is never left as a dead end when a correction finds something.
 */
final class Correction {

    /** A query "finds almost nothing" when at most this many sections contain all its words. */
    private static final int ALMOST_NOTHING = 1;

    /**
     * @param query what to run
     * @param didYouMean corrected queries to offer, the one shown first
     * @param showing the corrected query run instead of the one typed
     */
    record Decision(BuiltQuery query, List<String> didYouMean, Optional<String> showing) {
    }

    private final QueryFactory queries;
    private final Spelling spelling;

    Correction(QueryFactory queries, Spelling spelling) {
        this.queries = queries;
        this.spelling = spelling;
    }

    Decision decide(Snapshot snapshot, SearchRequest request, ParsedQuery parsed, BuiltQuery built)
            throws IOException {
        List<String> didYouMean = spelling.suggest(snapshot.getIndexReader(), request.query(), built.words(),
                Language.of(request.language()));
        Decision typed = new Decision(built, didYouMean, Optional.empty());
        if (didYouMean.isEmpty()) {
            return typed;
        }
        // judged in the user's language: a misspelled English word that happens to match a French
        // stem still finds almost nothing the user can read, so the corrected query is shown
        Map<String, Set<String>> scope = inUsersLanguage(request, parsed);
        int before = snapshot.count(queries.build(parsed, SearchRunner.glossary(snapshot, request), scope).complete());
        if (before > ALMOST_NOTHING) {
            return typed;
        }
        Boolean deadEnd = null;
        // the first correction that the user's language has enough of: "imposters" is one letter
        // from the French "imposteurs" as well as from the English "impostors"
        for (String correction : didYouMean) {
            ParsedQuery corrected = QueryText.parse(correction);
            int after = snapshot
                    .count(queries.build(corrected, SearchRunner.glossary(snapshot, request), scope).complete());
            BuiltQuery run = queries.build(corrected, SearchRunner.glossary(snapshot, request), request.filters());
            // none of the user's sections has every word as typed: one that has them all is better
            boolean better = before == 0 ? after > 0 : after > Math.max(2, 2 * before);
            if (!better && before == 0) {
                // nothing at all as typed: any correction that finds something is better
                if (deadEnd == null) {
                    deadEnd = snapshot.count(built.matching()) == 0;
                }
                better = deadEnd && snapshot.count(run.matching()) > 0;
            }
            if (better) {
                List<String> offered = new ArrayList<>(didYouMean);
                offered.remove(correction);
                offered.add(0, correction);
                return new Decision(run, offered, Optional.of(correction));
            }
        }
        return typed;
    }

    /**
     * The request's filters, narrowed to the user's language unless the user chose languages, as a
     * facet or in the query ({@code lang:en}).
     */
    private static Map<String, Set<String>> inUsersLanguage(SearchRequest request, ParsedQuery parsed) {
        if (request.filters().containsKey(FACET_LANGUAGE) || parsed.filters().containsKey(FACET_LANGUAGE)
                || request.language() == null || request.language().isBlank()) {
            return request.filters();
        }
        Map<String, Set<String>> scope = new HashMap<>(request.filters());
        scope.put(FACET_LANGUAGE, Set.of(request.language()));
        return scope;
    }
}

package org.sendero.search.internal.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query as the user wrote it, before analysis.
 *
 * @param groups what to look for; a document should match every group, and a group matches when
 *     one of its alternatives (joined by OR) does
 * @param excluded words and phrases no result may contain
 * @param filters facet values written in the query, e.g. {@code topic:children}
 */
public record ParsedQuery(List<Group> groups, List<Part> excluded, Map<String, Set<String>> filters) {

    public ParsedQuery {
        groups = List.copyOf(groups);
        excluded = List.copyOf(excluded);
        filters = Map.copyOf(filters);
    }

    /** A word, or a quoted phrase that must match exactly. */
    public record Part(String text, boolean phrase) {
    }

    public record Group(List<Part> alternatives) {
        public Group {
            alternatives = List.copyOf(alternatives);
        }

        /** A single plain word: it may be part of a glossary term typed without quotes. */
        boolean isWord() {
            return alternatives.size() == 1 && !alternatives.get(0).phrase();
        }
    }
}

package org.sendero.search;

import java.util.List;

/**
 * The state of the index as read from disk.
 *
 * @param schema the schema the index was written with; empty when there is no index
 * @param documents documents in the index
 * @param sections sections in the index
 * @param pending documents that an update would add, change or remove
 * @param problems what is wrong, one line each; empty when the index is sound
 */
public record IndexCheck(String schema, long documents, long sections, int pending, List<String> problems) {

    public IndexCheck {
        problems = List.copyOf(problems);
    }

    /** Sound and up to date. */
    public boolean ok() {
        return problems.isEmpty() && pending == 0;
    }
}

package org.sendero.search;

/**
 * What an index update did, counted in documents (one language version of a guidance document or
 * lesson).
 *
 * @param added documents that were not in the index
 * @param changed documents whose content changed and were indexed again
 * @param removed documents taken out, with their pack or from it
 * @param unchanged documents left as they were
 * @param sections sections in the index afterwards
 * @param rebuilt whether the whole index was rebuilt (asked for, or a new schema)
 * @param cancelled whether the update stopped early; the next one goes on
 */
public record IndexReport(int added, int changed, int removed, int unchanged, long sections, boolean rebuilt,
        boolean cancelled, long tookMs) {

    /** One line for the user. */
    public String describe() {
        String what = (rebuilt ? "Rebuilt the index: " : "Updated the index: ") + added + " added, " + changed
                + " changed, " + removed + " removed, " + unchanged + " unchanged; " + sections + " sections in "
                + tookMs + " ms";
        return cancelled ? what + " (cancelled; the next update goes on)" : what;
    }
}

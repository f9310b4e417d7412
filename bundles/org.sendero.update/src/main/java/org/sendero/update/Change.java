package org.sendero.update;

/**
 * One part of the product that an update replaces, adds or removes. {@code from} is empty for a part
 * that is new, {@code to} is empty for one that goes away.
 */
public record Change(String id, String from, String to) {

    public String describe() {
        if (from.isEmpty()) {
            return id + " " + to + " (new)";
        }
        if (to.isEmpty()) {
            return id + " " + from + " (removed)";
        }
        return id + " " + from + " -> " + to;
    }
}

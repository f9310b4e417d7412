package org.sendero.content.internal.pack;

import java.util.List;
import java.util.regex.Pattern;

/** The words the pack format allows: id and language patterns, topics, sub-regions. */
public final class Vocabulary {

    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    public static final Pattern ANCHOR = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Search facets: a closed list so that filters do not split into spelling variants. */
    public static final List<String> TOPICS = List.of("trafficking", "smuggling", "protection", "children", "gender",
            "border-management", "documents", "data", "cooperation", "health", "emergencies", "strategy", "funding",
            "rights");

    public static final List<String> SUBREGIONS = List.of("north-america", "mesoamerica", "caribbean", "region-wide");

    private Vocabulary() {
    }
}

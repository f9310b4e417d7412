package org.sendero.content.authoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.sendero.core.content.DocType;
import org.sendero.core.content.LocalizedText;

/** A new guidance document: one file guidance/ID.LANG.md per language of {@code title}. */
public record NewGuidance(String id, LocalizedText title, List<String> topics, Optional<DocType> doctype,
        Optional<String> subregion, OptionalInt year, List<String> sources) {

    /** The topics a guidance document may name (a closed list, so search filters do not split). */
    public static final List<String> TOPICS = org.sendero.content.internal.pack.Vocabulary.TOPICS;

    public static final List<String> SUBREGIONS = org.sendero.content.internal.pack.Vocabulary.SUBREGIONS;

    public NewGuidance {
        topics = topics == null ? List.of() : List.copyOf(topics);
        doctype = doctype == null ? Optional.empty() : doctype;
        subregion = subregion == null ? Optional.empty() : subregion;
        year = year == null ? OptionalInt.empty() : year;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}

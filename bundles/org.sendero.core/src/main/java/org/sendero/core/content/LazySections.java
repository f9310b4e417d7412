package org.sendero.core.content;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The sections of a document, worked out the first time they are asked for. Cutting a document into
 * sections means rendering its Markdown; doing that for every document of every pack just to list
 * their titles would hold up the start of the workbench, while only the search index and a few
 * links to sections ever need them. Safe to share between threads; equal to any list with the same
 * sections.
 */
public final class LazySections extends AbstractList<Section> implements RandomAccess {

    private final Supplier<List<Section>> source;
    private volatile List<Section> sections;

    private LazySections(Supplier<List<Section>> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Sections that {@code source} will give, once, when first needed. */
    public static List<Section> later(Supplier<List<Section>> source) {
        return new LazySections(source);
    }

    /** An unmodifiable copy of {@code sections}, unless they are still to be worked out. */
    static List<Section> copyOf(List<Section> sections) {
        return sections instanceof LazySections ? sections : List.copyOf(sections);
    }

    @Override
    public Section get(int index) {
        return sections().get(index);
    }

    @Override
    public int size() {
        return sections().size();
    }

    private List<Section> sections() {
        List<Section> known = sections;
        if (known == null) {
            synchronized (this) {
                known = sections;
                if (known == null) {
                    known = List.copyOf(source.get());
                    sections = known;
                }
            }
        }
        return known;
    }
}

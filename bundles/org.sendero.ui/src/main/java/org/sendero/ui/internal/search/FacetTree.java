package org.sendero.ui.internal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.sendero.search.FacetCount;
import org.sendero.ui.accessibility.AccessibleNames;
import org.sendero.ui.internal.library.LibraryWords;

/**
 * The facets of the last search as a tree of check boxes: kind, topic, type, language, region and
 * pack, each value with how many sections have it. Checking a value narrows the search to it;
 * values of one facet are alternatives. Space toggles the check box of the selected row.
 */
public final class FacetTree {

    private final Tree tree;
    private final LibraryWords words;
    private final Locale locale;
    private final java.util.function.Function<String, java.util.Optional<String>> courseTitles;
    private final Map<String, Set<String>> chosen = new TreeMap<>();
    private Consumer<Map<String, Set<String>>> onChange = filters -> {
    };

    /** The facet value a row stands for. */
    public record Value(String facet, String value) {
    }

    /**
     * @param courseTitles the title of a course by its id: a lesson's topic is its course, and a
     *     course named like a guidance topic must still be told apart from it
     */
    public FacetTree(Composite parent, Locale locale,
            java.util.function.Function<String, java.util.Optional<String>> courseTitles) {
        this.locale = locale;
        this.courseTitles = courseTitles;
        this.words = new LibraryWords(locale);
        tree = new Tree(parent, SWT.CHECK | SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        tree.addListener(SWT.Selection, this::toggled);
        tree.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                if (event.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                    event.result = AccessibleNames.spoken(Messages.SearchPart_facets);
                }
            }
        });
    }

    public Tree tree() {
        return tree;
    }

    public void onChange(Consumer<Map<String, Set<String>>> listener) {
        this.onChange = listener;
    }

    /** The values checked now, by facet. */
    public Map<String, Set<String>> filters() {
        Map<String, Set<String>> copy = new TreeMap<>();
        chosen.forEach((facet, values) -> copy.put(facet, Set.copyOf(values)));
        return copy;
    }

    public void clear() {
        chosen.clear();
    }

    /** Checks these values instead of the ones checked now (a search handed over from elsewhere); shown at the next {@link #show}. */
    public void choose(Map<String, Set<String>> filters) {
        chosen.clear();
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                chosen.put(facet, new TreeSet<>(values));
            }
        });
    }

    /** Shows the counts of a search; a checked value stays listed and checked even when its count is zero. */
    public void show(Map<String, List<FacetCount>> facets) {
        tree.setRedraw(false);
        try {
            tree.removeAll();
            Map<String, List<FacetCount>> shown = new LinkedHashMap<>(facets);
            chosen.forEach((facet, values) -> values.forEach(value -> {
                List<FacetCount> counts = shown.getOrDefault(facet, List.of());
                if (counts.stream().noneMatch(count -> count.value().equals(value))) {
                    shown.put(facet, java.util.stream.Stream
                            .concat(counts.stream(), java.util.stream.Stream.of(new FacetCount(value, 0))).toList());
                }
            }));
            for (Map.Entry<String, List<FacetCount>> facet : shown.entrySet()) {
                if (facet.getValue().isEmpty()) {
                    continue;
                }
                TreeItem group = new TreeItem(tree, SWT.NONE);
                group.setText(facetName(facet.getKey()));
                group.setData(facet.getKey());
                boolean any = false;
                for (FacetCount count : facet.getValue()) {
                    TreeItem item = new TreeItem(group, SWT.NONE);
                    item.setText(NLS.bind(Messages.SearchPart_facetValue, valueName(facet.getKey(), count.value()),
                            count.count()));
                    item.setData(new Value(facet.getKey(), count.value()));
                    boolean checked = chosen.getOrDefault(facet.getKey(), Set.of()).contains(count.value());
                    item.setChecked(checked);
                    any |= checked;
                }
                group.setGrayed(any);
                group.setChecked(any);
                // the facets a person has used and the kind (lesson or guidance) stay open
                group.setExpanded(any || "kind".equals(facet.getKey()) || "topic".equals(facet.getKey()));
            }
        } finally {
            tree.setRedraw(true);
        }
    }

    private void toggled(Event event) {
        if (event.detail != SWT.CHECK || !(event.item instanceof TreeItem item)) {
            return;
        }
        if (!(item.getData() instanceof Value value)) {
            // a facet's own row is not a filter: its box only shows whether a value below is checked
            item.setChecked(chosen.containsKey(item.getData()));
            return;
        }
        Set<String> values = chosen.computeIfAbsent(value.facet(), facet -> new TreeSet<>());
        if (item.getChecked()) {
            values.add(value.value());
        } else {
            values.remove(value.value());
            if (values.isEmpty()) {
                chosen.remove(value.facet());
            }
        }
        onChange.accept(filters());
    }

    private static String facetName(String facet) {
        return switch (facet) {
            case "kind" -> Messages.SearchPart_facetKind;
            case "topic" -> Messages.SearchPart_facetTopic;
            case "doctype" -> Messages.SearchPart_facetDoctype;
            case "language" -> Messages.SearchPart_facetLanguage;
            case "subregion" -> Messages.SearchPart_facetSubregion;
            case "pack" -> Messages.SearchPart_facetPack;
            default -> facet;
        };
    }

    private String valueName(String facet, String value) {
        return switch (facet) {
            case "kind" -> "lesson".equals(value) ? Messages.SearchPart_kindLesson
                    : "guidance".equals(value) ? Messages.SearchPart_kindGuidance : value;
            case "topic" -> courseTitles.apply(value).map(title -> NLS.bind(Messages.SearchPart_courseTopic, title))
                    .orElseGet(() -> words.apply("topic." + value));
            case "doctype" -> words.apply("doctype." + value);
            case "language" -> {
                String name = Locale.forLanguageTag(value).getDisplayLanguage(locale);
                yield name.isEmpty() ? value : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
            default -> value;
        };
    }
}

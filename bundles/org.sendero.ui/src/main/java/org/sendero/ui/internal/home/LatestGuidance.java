package org.sendero.ui.internal.home;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.sendero.content.ContentLibrary;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Pack;
import org.sendero.ui.library.Languages;

/**
 * A guidance document Home offers as new in the library.
 *
 * <p>The packs record no date at which a document arrived: a pack is installed, upgraded or added to
 * (My library) as a whole. What each document does say is its year: the year its front matter
 * gives, or for an imported PDF the year it was made. So "latest" is the newest by that year, a
 * document the learner's office imported into My library before a pack's of the same year, then
 * by title. A document without a year comes last.
 *
 * @param year the year of publication, when the document gives one
 */
record LatestGuidance(String packId, String docId, String title, OptionalInt year, boolean imported) {

    /** How many Home lists. */
    static final int SHOWN = 5;

    /** The newest documents of {@code packs}, each once, in the best of its languages. */
    static List<LatestGuidance> of(List<Pack> packs, Languages languages) {
        List<LatestGuidance> all = new ArrayList<>();
        for (Pack pack : packs) {
            Map<String, List<GuidanceDoc>> versions = new LinkedHashMap<>();
            pack.guidance().forEach(doc -> versions.computeIfAbsent(doc.id(), id -> new ArrayList<>()).add(doc));
            versions.values().forEach(translations -> languages.best(translations, GuidanceDoc::lang)
                    .ifPresent(doc -> all.add(new LatestGuidance(pack.id(), doc.id(), doc.title(), doc.year(),
                            pack.id().equals(ContentLibrary.MY_LIBRARY)))));
        }
        Collator titles = Collator.getInstance(Locale.forLanguageTag(languages.preferred()));
        return all.stream()
                .sorted(Comparator.comparingInt((LatestGuidance doc) -> doc.year().orElse(Integer.MIN_VALUE))
                        .reversed().thenComparing(LatestGuidance::imported, Comparator.reverseOrder())
                        .thenComparing(LatestGuidance::title, titles))
                .limit(SHOWN).toList();
    }
}

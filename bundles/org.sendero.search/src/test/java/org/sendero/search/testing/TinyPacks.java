package org.sendero.search.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.sendero.core.content.DocType;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Pack;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;
import org.sendero.core.content.Section;

/** Small packs made in code, for behaviour the starter pack cannot show (ties, PDF pages). */
public final class TinyPacks {

    private TinyPacks() {
    }

    public static GuidanceDoc doc(String id, String lang, String title, Section... sections) {
        return new GuidanceDoc(id, lang, title, List.of("testing"), Optional.of(DocType.FACTSHEET),
                Optional.of("region-wide"),
                OptionalInt.empty(), List.of(), "guidance/" + id + "." + lang + ".md", "", List.of(sections));
    }

    public static Section section(String anchor, String title, String text) {
        return new Section(anchor, title, 2, text, OptionalInt.empty());
    }

    public static Section page(String anchor, String title, String text, int page) {
        return new Section(anchor, title, 2, text, OptionalInt.of(page));
    }

    public static Pack pack(String id, GuidanceDoc... documents) {
        PackInfo info = new PackInfo(id, new PackVersion(1, 0, 0), new LocalizedText(Map.of("en", "Tiny " + id)),
                LocalizedText.of("en", "for tests"), List.of("en", "es"), List.of("tests"), "CC0");
        return new Pack(info, List.of(documents), List.of(), List.of());
    }
}

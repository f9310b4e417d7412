package org.sendero.search.internal.index;

import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;
import org.sendero.search.internal.analysis.TextAnalysis;

/**
 * The fields of the index and the version of their layout. Every Lucene document is one record: a
 * section (what searches find), a document (its content hash, for incremental updates), a pack
 * (the installed folder it was read from) or a pack's glossary (for synonyms and completions).
 */
public final class IndexSchema {

    /**
     * Raise when fields or their meaning change: an index of another version is rebuilt. 6: a
     * pack record's glossary lines also name each thesaurus concept's broader concept, which an
     * index of a pack installed before would lack until the pack changed.
     */
    public static final String VERSION = "6";

    public static final String USER_DATA_SCHEMA = "sendero.schema";
    public static final String USER_DATA_ANALYSIS = "sendero.analysis";

    public static final String RECORD = "record";
    public static final String SECTION = "section";
    public static final String DOCUMENT = "document";
    public static final String PACK = "pack";
    public static final String GLOSSARY = "glossary";

    /** The document a record belongs to ({@code pack/kind/doc/lang}); the unit of updates. */
    public static final String DOC_KEY = "docKey";
    /** The pack a record belongs to; removing a pack deletes by this. */
    public static final String PACK_ID = "packId";
    public static final String HASH = "hash";
    /** A document record's title: stored only, so not the indexed {@link #TITLE} field (Lucene keeps one schema per field name). */
    public static final String DOC_TITLE = "docTitle";
    public static final String STAMP = "stamp";
    public static final String GLOSSARY_LINE = "glossaryLine";

    public static final String DOC = "doc";
    public static final String LANG = "lang";
    public static final String KIND = "kind";
    public static final String BREADCRUMB = "breadcrumb";
    public static final String ANCHOR = "anchor";
    public static final String PAGE = "page";

    /** Text fields, indexed with offsets for the highlighter; title weighs most. */
    public static final String TITLE = "title";
    public static final String HEADING = "heading";
    public static final String BODY = "body";
    public static final Map<String, Float> TEXT_FIELDS = Map.of(TITLE, 3f, HEADING, 2f, BODY, 1f);

    /** Facet dimensions, as the API names them. */
    public static final String FACET_KIND = "kind";
    public static final String FACET_TOPIC = "topic";
    public static final String FACET_DOCTYPE = "doctype";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_SUBREGION = "subregion";
    public static final String FACET_PACK = "pack";

    private IndexSchema() {
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_TOPIC, true);
        // filters always name values: the terms for a whole dimension would be indexed for nothing
        for (String facet : List.of(FACET_KIND, FACET_TOPIC, FACET_DOCTYPE, FACET_LANGUAGE, FACET_SUBREGION,
                FACET_PACK)) {
            config.setDrillDownTermsIndexing(facet, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
        return config;
    }

    /** What the commit data must say for this code to use the index as it is. */
    public static Map<String, String> userData() {
        return Map.of(USER_DATA_SCHEMA, VERSION, USER_DATA_ANALYSIS, TextAnalysis.settings());
    }

    public static boolean matches(Map<String, String> userData) {
        return userData().entrySet().stream().allMatch(e -> e.getValue().equals(userData.get(e.getKey())));
    }

    public static String describe(Map<String, String> userData) {
        return userData.getOrDefault(USER_DATA_SCHEMA, "none");
    }
}

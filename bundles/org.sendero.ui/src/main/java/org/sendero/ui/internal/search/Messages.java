package org.sendero.ui.internal.search;

import org.eclipse.osgi.util.NLS;

/** The search part's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.search.messages";

    public static String SearchPart_find;
    public static String SearchPart_queryHint;
    public static String SearchPart_search;
    public static String SearchPart_results;
    public static String SearchPart_passages;
    public static String SearchPart_facets;
    public static String SearchPart_glossaryTerm;
    public static String SearchPart_documentTitle;
    public static String SearchPart_facetValue;
    public static String SearchPart_facetKind;
    public static String SearchPart_facetTopic;
    public static String SearchPart_facetDoctype;
    public static String SearchPart_facetLanguage;
    public static String SearchPart_facetSubregion;
    public static String SearchPart_facetPack;
    public static String SearchPart_courseTopic;
    public static String SearchPart_kindLesson;
    public static String SearchPart_kindGuidance;
    public static String SearchPart_showingResultsFor;
    public static String SearchPart_didYouMean;
    public static String SearchPart_searching;
    public static String SearchPart_count;
    public static String SearchPart_none;
    public static String SearchPart_failed;
    public static String SearchPart_tooLong;
    public static String SearchPart_welcome;
    public static String SearchPart_seeAll;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

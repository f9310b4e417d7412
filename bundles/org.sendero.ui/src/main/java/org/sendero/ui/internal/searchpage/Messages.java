package org.sendero.ui.internal.searchpage;

import org.eclipse.osgi.util.NLS;

/** The search results page's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.searchpage.messages";

    public static String SearchPage_results;
    public static String SearchPage_summary;
    public static String SearchPage_none;
    public static String SearchPage_noneFiltered;
    public static String SearchPage_previous;
    public static String SearchPage_next;
    public static String SearchPage_pageOf;
    public static String SearchPage_kindLesson;
    public static String SearchPage_kindGuidance;
    public static String SearchPage_kindMyLibrary;
    public static String SearchPage_kindPdf;
    public static String SearchPage_welcome;
    public static String SearchPage_mostWords;
    public static String SearchPage_alsoFor;
    public static String SearchPage_onlyTyped;
    public static String SearchPage_asTyped;
    public static String SearchPage_widen;
    public static String SearchPage_moreLike;
    public static String SearchPage_similarTo;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

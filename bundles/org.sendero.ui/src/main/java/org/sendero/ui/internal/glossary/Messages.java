package org.sendero.ui.internal.glossary;

import org.eclipse.osgi.util.NLS;

/** The glossary part's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.glossary.messages";

    public static String GlossaryPart_filter;
    public static String GlossaryPart_filterHint;
    public static String GlossaryPart_terms;
    public static String GlossaryPart_caution;
    public static String GlossaryPart_falseFriend;
    public static String GlossaryPart_falseFriendWarning;
    public static String GlossaryPart_count;
    public static String GlossaryPart_none;
    public static String GlossaryPart_loading;
    public static String GlossaryPart_details;
    public static String GlossaryPart_chooseTerm;
    public static String GlossaryPart_forms;
    public static String GlossaryPart_notes;
    public static String GlossaryPart_noNote;
    public static String GlossaryPart_search;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

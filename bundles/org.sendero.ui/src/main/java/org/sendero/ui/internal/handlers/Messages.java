package org.sendero.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** The handlers' visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.handlers.messages";

    public static String AboutHandler_title;
    public static String AboutHandler_text;
    public static String ImportHandler_title;
    public static String ImportHandler_filterContent;
    public static String ImportHandler_filterAll;
    public static String ImportHandler_failed;
    public static String ImportHandler_progress;
    public static String ImportHandler_cancelled;
    public static String ImportProblems_summary;
    public static String ImportHandler_signerChanged;
    public static String ImportHandler_signerRemoved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package org.sendero.ui.internal.practice;

import org.eclipse.osgi.util.NLS;

/** The practice session's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.practice.messages";

    public static String Practice_title;
    public static String Practice_dueOne;
    public static String Practice_dueMany;
    public static String Practice_noneDue;
    public static String Practice_nothingYet;
    public static String Practice_start;
    public static String Practice_loading;
    public static String Practice_box;
    public static String Practice_backOn;
    public static String Practice_learnt;
    public static String Practice_finish;
    public static String Practice_done;
    public static String Practice_nextOn;
    public static String Practice_failed;
    public static String Practice_close;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

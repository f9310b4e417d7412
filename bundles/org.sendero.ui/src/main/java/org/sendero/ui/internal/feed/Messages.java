package org.sendero.ui.internal.feed;

import org.eclipse.osgi.util.NLS;

/** The office feeds' visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.feed.messages";

    public static String Feed_checkJob;
    public static String Feed_installJob;
    public static String Feed_offerTitle;
    public static String Feed_offerText;
    public static String Feed_offerLine;
    public static String Feed_offerLineNew;
    public static String Feed_install;
    public static String Feed_later;
    public static String Feed_installedTitle;
    public static String Feed_installedLine;
    public static String Feed_refusedTitle;
    public static String Feeds_section;
    public static String Feeds_help;
    public static String Feeds_add;
    public static String Feeds_addFolder;
    public static String Feeds_remove;
    public static String Feeds_locationHint;
    public static String Publishers_section;
    public static String Publishers_help;
    public static String Publishers_fingerprintHint;
    public static String Publishers_nameHint;
    public static String Publishers_add;
    public static String Publishers_remove;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

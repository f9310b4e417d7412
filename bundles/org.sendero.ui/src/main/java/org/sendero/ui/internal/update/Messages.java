package org.sendero.ui.internal.update;

import org.eclipse.osgi.util.NLS;

/** The update dialog's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.update.messages";

    public static String Update_title;
    public static String Update_intro;
    public static String Update_source;
    public static String Update_browse;
    public static String Update_chooseFolder;
    public static String Update_check;
    public static String Update_install;
    public static String Update_noSource;
    public static String Update_signedBy;
    public static String Update_installed;
    public static String Update_available;
    public static String Update_changes;
    public static String Update_upToDate;
    public static String Update_failed;
    public static String Update_installFailed;
    public static String Update_checking;
    public static String Update_installing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

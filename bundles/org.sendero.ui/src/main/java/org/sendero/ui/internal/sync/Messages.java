package org.sendero.ui.internal.sync;

import org.eclipse.osgi.util.NLS;

/** The results server's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.sync.messages";

    public static String Results_title;
    public static String Results_enabled;
    public static String Results_endpoint;
    public static String Results_key;
    public static String Results_secret;
    public static String Results_secretKept;
    public static String Results_homePage;
    public static String Results_save;
    public static String Results_sendNow;
    public static String Results_saved;
    public static String Results_sending;
    public static String Reports_fromServer;
    public static String Reports_sinceTitle;
    public static String Reports_sinceQuestion;
    public static String Reports_sinceInvalid;
    public static String Reports_reading;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package org.sendero.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The preferences' visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.preferences.messages";

    public static String Preferences_title;
    public static String Preferences_language;
    public static String Preferences_languageSystem;
    public static String Preferences_contentLanguage;
    public static String Preferences_contentLanguageSame;
    public static String Preferences_tabGeneral;
    public static String Preferences_tabFeeds;
    public static String Preferences_tabResults;
    public static String Preferences_fontSize;
    public static String Preferences_dataFolder;
    public static String Preferences_dataFolderHelp;
    public static String Preferences_restartTitle;
    public static String Preferences_restartQuestion;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

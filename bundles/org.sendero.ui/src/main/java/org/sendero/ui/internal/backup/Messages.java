package org.sendero.ui.internal.backup;

import org.eclipse.osgi.util.NLS;

/** The visible strings of File > Back up… and File > Restore…, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.backup.messages";

    public static String Backup_chooseTitle;
    public static String Second_title;
    public static String Second_intro;
    public static String Second_none;
    public static String Second_choose;
    public static String Second_clear;
    public static String Second_saved;
    public static String Backup_filterBackups;
    public static String Backup_filterAll;
    public static String Backup_writtenTitle;
    public static String Backup_writtenMessage;
    public static String Backup_failedTitle;
    public static String Restore_chooseTitle;
    public static String Restore_title;
    public static String Restore_message;
    public static String Restore_button;
    public static String Restore_refusedTitle;
    public static String Restore_restartTitle;
    public static String Restore_restartQuestion;
    public static String Summary_made;
    public static String Summary_madeValue;
    public static String Summary_version;
    public static String Summary_schema;
    public static String Summary_learners;
    public static String Summary_notes;
    public static String Summary_packs;
    public static String Summary_noPacks;
    public static String Summary_signedBy;
    public static String Summary_notSigned;
    public static String Summary_settings;
    public static String Summary_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

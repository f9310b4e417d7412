package org.sendero.authoring.internal;

import org.eclipse.osgi.util.NLS;

/** The authoring parts' visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.authoring.internal.messages";

    public static String PackTree_open;
    public static String PackTree_noPack;
    public static String PackTree_dialogTitle;
    public static String PackTree_dialogMessage;
    public static String PackTree_name;
    public static String PackTree_kind;
    public static String PackTree_accessibleName;
    public static String Kind_pack;
    public static String Kind_glossary;
    public static String Kind_folder;
    public static String Kind_guidance;
    public static String Kind_course;
    public static String Kind_courseSettings;
    public static String Kind_module;
    public static String Kind_moduleSettings;
    public static String Kind_lesson;
    public static String Kind_quiz;
    public static String Kind_asset;
    public static String Kind_other;
    public static String Editor_readFailedTitle;
    public static String Editor_readFailed;
    public static String Editor_saveFailedTitle;
    public static String Editor_saveFailed;
    public static String Editor_accessibleName;
    public static String Preview_nothing;
    public static String Problems_file;
    public static String Problems_line;
    public static String Problems_column;
    public static String Problems_severity;
    public static String Problems_message;
    public static String Problems_summary;
    public static String Problems_noPack;
    public static String Problems_accessibleName;
    public static String Severity_error;
    public static String Severity_warning;
    public static String Save_title;
    public static String Save_question;
    public static String Save_questionMany;
    public static String Save_save;
    public static String Save_discard;
    public static String Save_cancel;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

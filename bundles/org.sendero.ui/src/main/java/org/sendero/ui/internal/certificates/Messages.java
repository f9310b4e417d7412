package org.sendero.ui.internal.certificates;

import org.eclipse.osgi.util.NLS;

/** The certificate dialog's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.certificates.messages";

    public static String Verify_title;
    public static String Verify_intro;
    public static String Verify_choosePdf;
    public static String Verify_filterPdf;
    public static String Verify_verify;
    public static String Verify_empty;
    public static String Verify_valid;
    public static String Verify_changed;
    public static String Verify_changedFields;
    public static String Verify_untrusted;
    public static String Verify_unreadable;
    public static String Verify_claims;
    public static String Field_language;
    public static String Field_learner;
    public static String Field_course;
    public static String Field_courseTitle;
    public static String Field_pack;
    public static String Field_packVersion;
    public static String Field_date;
    public static String Field_scores;
    public static String Field_office;
    public static String Office_title;
    public static String Office_intro;
    public static String Office_automatic;
    public static String Office_name;
    public static String Office_key;
    public static String Office_browse;
    public static String Office_language;
    public static String Office_spanish;
    public static String Office_french;
    public static String Office_english;
    public static String Office_paper;
    public static String Office_letter;
    public static String Office_a4;
    public static String Office_noName;
    public static String Office_noKey;
    public static String Office_keyRefused;
    public static String Office_unreadable;
    public static String Home_notSetUp;
    public static String Home_failed;
    public static String Home_opened;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

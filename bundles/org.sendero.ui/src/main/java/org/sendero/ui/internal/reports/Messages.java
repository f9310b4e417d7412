package org.sendero.ui.internal.reports;

import org.eclipse.osgi.util.NLS;

/** The reports part's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.reports.messages";

    public static String ReportsPart_addFiles;
    public static String ReportsPart_addTitle;
    public static String ReportsPart_clear;
    public static String ReportsPart_exportCsv;
    public static String ReportsPart_csvTitle;
    public static String ReportsPart_saveHtml;
    public static String ReportsPart_savePdf;
    public static String ReportsPart_filterResults;
    public static String ReportsPart_filterAll;
    public static String ReportsPart_filterHtml;
    public static String ReportsPart_filterPdf;
    public static String ReportsPart_empty;
    public static String ReportsPart_reading;
    public static String ReportsPart_summary;
    public static String ReportsPart_problems;
    public static String ReportsPart_saved;
    public static String ReportsPart_csvWritten;
    public static String ReportsPart_saveFailed;
    public static String ReportsPart_tabCompletion;
    public static String ReportsPart_tabQuestions;
    public static String ReportsPart_tabMissed;
    public static String ReportsPart_tabChart;
    public static String ReportsPart_learner;
    public static String ReportsPart_module;
    public static String ReportsPart_item;
    public static String ReportsPart_question;
    public static String ReportsPart_answers;
    public static String ReportsPart_wrong;
    public static String ReportsPart_difficulty;
    public static String ReportsPart_discrimination;
    public static String ReportsPart_ref;
    public static String ReportsPart_rank;
    public static String ReportsPart_completed;
    public static String ReportsPart_inProgress;
    public static String ReportsPart_notStarted;
    public static String ReportsPart_chartName;
    public static String ReportsPart_chartBar;
    public static String ReportsPart_sortBy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

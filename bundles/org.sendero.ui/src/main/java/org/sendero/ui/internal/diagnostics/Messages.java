package org.sendero.ui.internal.diagnostics;

import org.eclipse.osgi.util.NLS;

/** Help > Save diagnostics…: its visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.diagnostics.messages";

    public static String SaveDiagnostics_title;
    public static String SaveDiagnostics_filter;
    public static String SaveDiagnostics_filterAll;
    public static String SaveDiagnostics_gathering;
    public static String SaveDiagnostics_saved;
    public static String SaveDiagnostics_noProblem;
    public static String SaveDiagnostics_problems;
    public static String SaveDiagnostics_failed;
    public static String SaveDiagnostics_cancelled;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

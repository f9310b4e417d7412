package org.sendero.ui.internal.status;

import org.eclipse.osgi.util.NLS;

/** The status line's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.status.messages";

    public static String StatusLine_indexing;
    public static String StatusLine_done;
    public static String StatusLine_cancelled;
    public static String StatusLine_cancel;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

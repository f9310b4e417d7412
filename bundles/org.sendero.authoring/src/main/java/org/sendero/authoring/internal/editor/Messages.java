package org.sendero.authoring.internal.editor;

import org.eclipse.osgi.util.NLS;

/**
 * The editor's own visible strings, translated in messages_LANG.properties: the editor does not
 * borrow the authoring parts' strings, so that it depends on nothing of the parts that use it.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.authoring.internal.editor.messages";

    public static String Find_title;
    public static String Find_find;
    public static String Find_replaceWith;
    public static String Find_caseSensitive;
    public static String Find_wholeWord;
    public static String Find_next;
    public static String Find_replace;
    public static String Find_replaceAll;
    public static String Find_close;
    public static String Find_notFound;
    public static String Find_replaced;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package org.sendero.ui.internal.parts;

import org.eclipse.osgi.util.NLS;

/** The parts' visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.parts.messages";

    public static String LibraryPart_loading;
    public static String LibraryPart_filter;
    public static String LibraryPart_summary;
    public static String LibraryPart_failed;
    public static String ReaderPart_description;
    public static String ReaderPart_previous;
    public static String ReaderPart_next;
    public static String ReaderPart_alsoIn;
    public static String ReaderPart_related;
    public static String ReaderPart_onlyIn;
    public static String ReaderPart_notIn;
    public static String ReaderPart_externalTitle;
    public static String ReaderPart_externalQuestion;
    public static String ReaderPart_notFoundTitle;
    public static String ReaderPart_notFound;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

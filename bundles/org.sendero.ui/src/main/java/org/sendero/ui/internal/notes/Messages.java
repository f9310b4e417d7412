package org.sendero.ui.internal.notes;

import org.eclipse.osgi.util.NLS;

/** The notes' visible strings (reader bar, note dialog, My notes), translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.notes.messages";

    public static String Notes_noLearner;
    public static String Notes_errorTitle;
    public static String Notes_top;
    public static String Notes_bookmark;
    public static String ReaderNotes_bookmark;
    public static String ReaderNotes_highlight;
    public static String ReaderNotes_bookmarked;
    public static String ReaderNotes_saved;
    public static String ReaderNotes_selectFirst;
    public static String ReaderNotes_unplaced;
    public static String ReaderNotes_unplacedTitle;
    public static String ReaderNotes_unplacedIntro;
    public static String NoteDialog_title;
    public static String NoteDialog_editTitle;
    public static String NoteDialog_label;
    public static String NoteDialog_hint;
    public static String MyNotesPart_nobody;
    public static String MyNotesPart_none;
    public static String MyNotesPart_header;
    public static String MyNotesPart_filter;
    public static String MyNotesPart_bookmark;
    public static String MyNotesPart_open;
    public static String MyNotesPart_edit;
    public static String MyNotesPart_delete;
    public static String NotesSearch_inMyNotes;
    public static String NotesSearch_myNotes;
    public static String NotesSearch_count;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

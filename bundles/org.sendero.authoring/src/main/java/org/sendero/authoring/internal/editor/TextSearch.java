package org.sendero.authoring.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.FindReplaceDocumentAdapter;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.Region;

/**
 * Find and replace in one editor's text, with JFace's document adapter: finds go forward from the
 * caret and wrap at the end; "replace all" is one step to undo.
 */
public final class TextSearch {

    /** What to look for. */
    public record Query(String text, boolean caseSensitive, boolean wholeWord) {
    }

    private final ITextViewer viewer;

    public TextSearch(ITextViewer viewer) {
        this.viewer = viewer;
    }

    /** Selects the next match after the selection; false when there is none anywhere. */
    public boolean findNext(Query query) {
        if (query.text().isEmpty()) {
            return false;
        }
        FindReplaceDocumentAdapter adapter = new FindReplaceDocumentAdapter(viewer.getDocument());
        org.eclipse.swt.graphics.Point selection = viewer.getSelectedRange();
        IRegion found = find(adapter, selection.x + selection.y, query);
        if (found == null && selection.x + selection.y > 0) {
            found = find(adapter, 0, query);
        }
        if (found == null) {
            return false;
        }
        viewer.setSelectedRange(found.getOffset(), found.getLength());
        viewer.revealRange(found.getOffset(), found.getLength());
        return true;
    }

    /** Replaces the selected match, if the selection is one, and finds the next. */
    public boolean replace(Query query, String replacement) {
        org.eclipse.swt.graphics.Point selection = viewer.getSelectedRange();
        FindReplaceDocumentAdapter adapter = new FindReplaceDocumentAdapter(viewer.getDocument());
        IRegion found = find(adapter, selection.x, query);
        if (found != null && found.getOffset() == selection.x && found.getLength() == selection.y) {
            try {
                adapter.replace(replacement, false);
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
            viewer.setSelectedRange(selection.x + replacement.length(), 0);
        }
        return findNext(query);
    }

    /** Replaces every match; returns how many. */
    public int replaceAll(Query query, String replacement) {
        if (query.text().isEmpty()) {
            return 0;
        }
        FindReplaceDocumentAdapter adapter = new FindReplaceDocumentAdapter(viewer.getDocument());
        int count = 0;
        int offset = 0;
        if (viewer instanceof ITextViewerExtension extension) {
            extension.getRewriteTarget().beginCompoundChange();
        }
        try {
            IRegion found;
            while (offset <= viewer.getDocument().getLength() && (found = find(adapter, offset, query)) != null) {
                adapter.replace(replacement, false);
                count++;
                offset = found.getOffset() + replacement.length();
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        } finally {
            if (viewer instanceof ITextViewerExtension extension) {
                extension.getRewriteTarget().endCompoundChange();
            }
        }
        return count;
    }

    private static IRegion find(FindReplaceDocumentAdapter adapter, int offset, Query query) {
        try {
            IRegion region = adapter.find(offset, query.text(), true, query.caseSensitive(), query.wholeWord(), false);
            return region == null ? null : new Region(region.getOffset(), region.getLength());
        } catch (BadLocationException e) {
            return null;
        }
    }
}

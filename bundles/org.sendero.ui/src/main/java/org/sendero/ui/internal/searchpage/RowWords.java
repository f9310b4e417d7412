package org.sendero.ui.internal.searchpage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.sendero.content.ContentLibrary;
import org.sendero.search.SearchHit;

/**
 * The words a result row shows about its document: the title, where it sits in the library, and
 * the badges that say its language and what kind of document it is.
 */
public final class RowWords {

    private static final String SEPARATOR = " \u203a ";

    private final UnaryOperator<String> libraryWords;

    /** @param libraryWords the name of a topic or document type key in the user's language */
    RowWords(UnaryOperator<String> libraryWords) {
        this.libraryWords = libraryWords;
    }

    /** The document's title, with the section's when the section has a title of its own. */
    String title(SearchHit hit) {
        return hasOwnSection(hit) ? hit.title() + SEPARATOR + hit.sectionTitle() : hit.title();
    }

    /** The link under each document to the documents like it. */
    String moreLikeThis() {
        return Messages.SearchPage_moreLike;
    }

    /** A section as a link names the section; the text before the first heading is the document's. */
    String section(SearchHit hit) {
        return hasOwnSection(hit) ? hit.sectionTitle() : hit.title();
    }

    private static boolean hasOwnSection(SearchHit hit) {
        return hit.sectionTitle() != null && !hit.sectionTitle().isBlank() && !hit.sectionTitle().equals(hit.title());
    }

    /** Course › module for a lesson; library › document type for guidance. */
    String breadcrumb(SearchHit hit) {
        List<String> crumbs = new ArrayList<>(hit.breadcrumb());
        if ("lesson".equals(hit.kind()) && crumbs.size() > 2) {
            // the pack is the same for every lesson of a course: the course says more
            crumbs.remove(0);
        } else if ("guidance".equals(hit.kind()) && crumbs.size() == 2) {
            crumbs.set(1, libraryWords.apply("doctype." + crumbs.get(1)));
        }
        return String.join(SEPARATOR, crumbs);
    }

    /** EN, ES, FR. */
    public static String languageBadge(SearchHit hit) {
        return hit.lang() == null ? "" : hit.lang().toUpperCase(Locale.ROOT);
    }

    /** Lesson, Guidance, My library, or the page of an imported PDF. */
    public static String kindBadge(SearchHit hit) {
        if (hit.page().isPresent()) {
            return NLS.bind(Messages.SearchPage_kindPdf, hit.page().getAsInt());
        }
        if (ContentLibrary.MY_LIBRARY.equals(hit.pack())) {
            return Messages.SearchPage_kindMyLibrary;
        }
        return "lesson".equals(hit.kind()) ? Messages.SearchPage_kindLesson : Messages.SearchPage_kindGuidance;
    }
}

package org.sendero.ui.internal.searchpage;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.sendero.search.SearchResults;

/**
 * The line under the summary that says how the results were found: "No document has all the words;
 * showing those with most of them", and "Searched also for: fraudulent document, documento falso…"
 * with a link to search only the words typed (and back). A person always sees when Sendero
 * searched for more than they typed, and can turn it off for that search.
 */
final class ExpansionLine {

    /** Synonyms named before "…": the line stays one line on a laptop. */
    private static final int NAMED = 6;

    private final Link line;
    private final Runnable onToggle;

    ExpansionLine(Composite parent, Runnable onToggle) {
        this.onToggle = onToggle;
        line = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).exclude(true).applyTo(line);
        line.setVisible(false);
        line.addListener(SWT.Selection, event -> this.onToggle.run());
    }

    /** @param expanded whether the search was allowed to widen the words typed */
    void show(SearchResults results, boolean expanded) {
        List<String> parts = new ArrayList<>();
        if (results.mostWordsOnly()) {
            parts.add(escaped(Messages.SearchPage_mostWords));
        }
        if (expanded && !results.searchedAlsoFor().isEmpty()) {
            List<String> terms = results.searchedAlsoFor();
            String named = String.join(", ", terms.subList(0, Math.min(NAMED, terms.size())))
                    + (terms.size() > NAMED ? ", \u2026" : "");
            parts.add(escaped(NLS.bind(Messages.SearchPage_alsoFor, named)) + " <a>" + Messages.SearchPage_onlyTyped
                    + "</a>");
        } else if (!expanded) {
            parts.add(escaped(Messages.SearchPage_asTyped) + " <a>" + Messages.SearchPage_widen + "</a>");
        }
        line.setText(String.join("  ", parts));
        boolean visible = !parts.isEmpty();
        line.setVisible(visible);
        ((GridData) line.getLayoutData()).exclude = !visible;
        line.getParent().layout(true, true);
    }

    void hide() {
        line.setVisible(false);
        ((GridData) line.getLayoutData()).exclude = true;
    }

    private static String escaped(String text) {
        return text.replace("&", "&&").replace("<", "&lt;");
    }

    /** For tests: the line as a person sees it. */
    Link link() {
        return line;
    }
}

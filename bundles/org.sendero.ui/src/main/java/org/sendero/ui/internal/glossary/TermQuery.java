package org.sendero.ui.internal.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sendero.core.content.GlossaryTerm;

/**
 * The library search for a glossary term: every form of the term, in the user's language first,
 * joined by OR, a form of several words as a quoted phrase ({@code "tráfico ilícito de migrantes"
 * OR "migrant smuggling" OR ...}), so that a document in any language that uses any of them is found
 * and a loose single word of the phrase is not searched alone.
 */
public final class TermQuery {

    /**
     * The words a query may hold: search refuses long queries (32 words) and the glossary adds its
     * own synonyms to each phrase; the first forms, the preferred ones, always fit.
     */
    static final int MAX_WORDS = 24;

    private TermQuery() {
    }

    public static String of(GlossaryTerm term, String firstLanguage) {
        Set<String> forms = new LinkedHashSet<>();
        List<String> languages = new ArrayList<>(List.of(firstLanguage));
        term.terms().keySet().stream().filter(lang -> !lang.equals(firstLanguage)).forEach(languages::add);
        // the preferred form of each language before the alternatives of any
        for (String language : languages) {
            term.terms().getOrDefault(language, List.of()).stream().findFirst().ifPresent(forms::add);
        }
        for (String language : languages) {
            forms.addAll(term.terms().getOrDefault(language, List.of()));
        }
        StringBuilder query = new StringBuilder();
        int words = 0;
        for (String form : forms) {
            String clean = form.replace('"', ' ').strip().replaceAll("\\s+", " ");
            int count = clean.isEmpty() ? 0 : clean.split(" ").length;
            if (count == 0 || words + count > MAX_WORDS) {
                continue;
            }
            words += count;
            if (!query.isEmpty()) {
                query.append(" OR ");
            }
            query.append(count > 1 ? "\"" + clean + "\"" : clean);
        }
        return query.toString();
    }
}

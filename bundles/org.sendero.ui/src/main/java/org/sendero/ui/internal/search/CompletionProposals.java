package org.sendero.ui.internal.search;

import java.util.List;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.sendero.search.Completion;
import org.sendero.search.LibrarySearch;
import org.sendero.search.SearchException;

/**
 * Type-ahead for the search box: document titles and glossary terms that have a word starting
 * with what is typed. JFace asks on the UI thread and waits for the answer; the completions come
 * from a small in-memory suggester and a bounded list, so asking directly keeps the popup in step
 * with the keys without freezing the box.
 */
public final class CompletionProposals implements IContentProposalProvider {

    private static final int LIMIT = 8;
    private static final int SHORTEST = 2;

    private final LibrarySearch search;
    private final String language;

    public CompletionProposals(LibrarySearch search, String language) {
        this.search = search;
        this.language = language;
    }

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        String prefix = contents.substring(0, Math.min(position, contents.length())).strip();
        if (prefix.length() < SHORTEST) {
            return new IContentProposal[0];
        }
        try {
            List<Completion> completions = search.complete(prefix, language, LIMIT);
            return completions.stream()
                    .map(completion -> new ContentProposal(completion.text(), completion.text(),
                            description(completion)))
                    .toArray(IContentProposal[]::new);
        } catch (SearchException e) {
            // no type-ahead while the index cannot be read: the search itself will say why
            return new IContentProposal[0];
        }
    }

    private static String description(Completion completion) {
        return "glossary".equals(completion.kind()) ? Messages.SearchPart_glossaryTerm
                : Messages.SearchPart_documentTitle;
    }
}

package org.sendero.search;

/**
 * A query with more words than a search takes. Every word is looked for in three languages and
 * three fields, and glossary terms add their synonyms, so a pasted paragraph would build more
 * clauses than Lucene runs; it is refused with this message instead of failing inside Lucene.
 */
public class QueryTooLongException extends SearchException {

    private static final long serialVersionUID = 1L;

    private final int maxWords;
    private final int words;

    public QueryTooLongException(int maxWords, int words) {
        super(words > maxWords ? "query too long: at most " + maxWords + " words (this one has " + words + ")"
                // only when the searcher's clause limit was lowered below what the words need
                : "query too long: its " + words + " words need more clauses than the searcher allows");
        this.maxWords = maxWords;
        this.words = words;
    }

    /** The most words a query may have, counting words in phrases, OR alternatives, exclusions and filters. */
    public int maxWords() {
        return maxWords;
    }

    /** The words of the refused query, counted the same way. */
    public int words() {
        return words;
    }
}

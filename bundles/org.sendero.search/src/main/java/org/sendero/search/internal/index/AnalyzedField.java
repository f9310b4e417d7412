package org.sendero.search.internal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * A stored text field analysed by its document's language rather than by the writer's one
 * analyzer. The token stream is made when the writer reads the field, so a block of documents can
 * be built before any of it is indexed.
 */
final class AnalyzedField extends Field {

    /** Offsets in the postings: the highlighter needs no second analysis to find passages. */
    static final FieldType TYPE = new FieldType();

    static {
        TYPE.setStored(true);
        TYPE.setTokenized(true);
        TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TYPE.freeze();
    }

    /** The same indexing without storing: for records that have no such text. */
    static final FieldType EMPTY = new FieldType(TYPE);

    static {
        EMPTY.setStored(false);
        EMPTY.freeze();
    }

    private final Analyzer analyzer;

    AnalyzedField(String name, String text, Analyzer analyzer) {
        super(name, text, TYPE);
        this.analyzer = analyzer;
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
        return analyzer.tokenStream(name(), stringValue());
    }
}

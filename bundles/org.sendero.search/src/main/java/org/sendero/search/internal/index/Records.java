package org.sendero.search.internal.index;

import static org.sendero.search.internal.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.sendero.core.content.Section;
import org.sendero.search.internal.analysis.Language;
import org.sendero.search.internal.analysis.TextAnalysis;

/** Turns documents, packs and glossaries into Lucene records (see {@link IndexSchema}). */
final class Records {

    private final TextAnalysis analysis;
    private final FacetsConfig facets;

    Records(TextAnalysis analysis, FacetsConfig facets) {
        this.analysis = analysis;
        this.facets = facets;
    }

    /** The document record first, then one record per section: replaced together, atomically. */
    List<Document> block(IndexedDocument document) throws IOException {
        List<Document> block = new ArrayList<>(document.sections().size() + 1);
        Document record = new Document();
        record.add(new StringField(RECORD, DOCUMENT, Field.Store.NO));
        addKey(record, document.key(), Field.Store.YES);
        record.add(new StringField(PACK_ID, document.pack(), Field.Store.YES));
        record.add(new StoredField(HASH, document.hash()));
        record.add(new StoredField(DOC_TITLE, document.title()));
        addLang(record, document.lang());
        block.add(withEmptyText(record));
        Analyzer analyzer = analysis.index(Language.of(document.lang()));
        for (Section section : document.sections()) {
            if (section.text().isBlank() && section.title().isBlank()) {
                continue;
            }
            Document doc = new Document();
            doc.add(new StringField(RECORD, SECTION, Field.Store.NO));
            // the document's key, pack and language are stored once, on its record
            addKey(doc, document.key(), Field.Store.NO);
            doc.add(new StringField(PACK_ID, document.pack(), Field.Store.NO));
            doc.add(new StoredField(DOC, document.doc()));
            doc.add(new SortedDocValuesField(LANG, new BytesRef(document.lang())));
            doc.add(new StoredField(KIND, document.kind()));
            document.breadcrumb().forEach(crumb -> doc.add(new StoredField(BREADCRUMB, crumb)));
            doc.add(new StoredField(ANCHOR, section.anchor()));
            section.page().ifPresent(page -> doc.add(new StoredField(PAGE, page)));
            doc.add(new AnalyzedField(TITLE, document.title(), analyzer));
            doc.add(new AnalyzedField(HEADING, section.title(), analyzer));
            doc.add(new AnalyzedField(BODY, section.text(), analyzer));
            doc.add(new SortedSetDocValuesFacetField(FACET_KIND, document.kind()));
            doc.add(new SortedSetDocValuesFacetField(FACET_LANGUAGE, document.lang()));
            doc.add(new SortedSetDocValuesFacetField(FACET_PACK, document.pack()));
            document.topics().stream().distinct()
                    .forEach(topic -> doc.add(new SortedSetDocValuesFacetField(FACET_TOPIC, topic)));
            document.doctype().ifPresent(type -> doc.add(new SortedSetDocValuesFacetField(FACET_DOCTYPE, type)));
            document.subregion()
                    .ifPresent(region -> doc.add(new SortedSetDocValuesFacetField(FACET_SUBREGION, region)));
            block.add(facets.build(doc));
        }
        return block;
    }

    /** Written last for a pack: its stamp says the pack's documents are all in the index. */
    static Document pack(String packId, String stamp, List<String> glossaryLines) {
        Document record = new Document();
        record.add(new StringField(RECORD, PACK, Field.Store.NO));
        addKey(record, packKey(packId), Field.Store.YES);
        record.add(new StringField(PACK_ID, packId, Field.Store.YES));
        record.add(new StoredField(STAMP, stamp));
        glossaryLines.forEach(line -> record.add(new StoredField(GLOSSARY_LINE, line)));
        return withEmptyText(record);
    }

    /**
     * Gives a record that is not a section empty text fields. Lucene then keeps the length of every
     * record's text (zero for these) in a plain array rather than in a sparse structure it must
     * search for each posting it writes, which made indexing slower.
     */
    private static Document withEmptyText(Document record) {
        for (String field : TEXT_FIELDS.keySet()) {
            record.add(new Field(field, "", AnalyzedField.EMPTY));
        }
        return record;
    }

    /** Also as doc values, which a search reads to group its top sections by document. */
    private static void addKey(Document record, String key, Field.Store store) {
        record.add(new StringField(DOC_KEY, key, store));
        record.add(new SortedDocValuesField(DOC_KEY, new BytesRef(key)));
    }

    private static void addLang(Document record, String lang) {
        record.add(new StoredField(LANG, lang));
        record.add(new SortedDocValuesField(LANG, new BytesRef(lang)));
    }

    static String packKey(String packId) {
        return "pack:" + packId;
    }
}

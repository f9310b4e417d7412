package org.sendero.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.sqlite.SQLiteDataSource;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The libraries the product is built on resolve and work inside OSGi: each one does a small real
 * job here, so a jar left out of the runtime (an optional import nobody satisfied) fails a test.
 */
class ThirdPartyLibrariesTest {

    @Test
    void luceneIndexesSearchesAndHighlightsSpanishText() throws IOException, ParseException {
        FieldType withOffsets = new FieldType(org.apache.lucene.document.TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        try (Directory directory = new ByteBuffersDirectory(); Analyzer analyzer = new SpanishAnalyzer()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                Document document = new Document();
                document.add(
                        new Field("body", "La trata de personas afecta a niñas y niños en la frontera.", withOffsets));
                writer.addDocument(new FacetsConfig().build(document));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new QueryParser("body", analyzer).parse("niño fronteras");
                TopDocs hits = searcher.search(query, 10);
                assertEquals(1, hits.totalHits.value());
                String[] passages = UnifiedHighlighter.builder(searcher, analyzer).build().highlight("body", query,
                        hits);
                assertTrue(passages[0].contains("<b>frontera</b>"), passages[0]);
            }
        }
    }

    @Test
    void luceneSuggestsTitlesFromAPrefix() throws IOException {
        try (Directory directory = new ByteBuffersDirectory();
                AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(directory, new StandardAnalyzer())) {
            suggester.add(new BytesRef("Referral checklist"), null, 1, null);
            suggester.add(new BytesRef("Smuggling definition"), null, 1, null);
            suggester.refresh();
            assertEquals("Referral checklist", suggester.lookup("refe", false, 5).get(0).key.toString());
        }
    }

    @Test
    void flexmarkRendersTablesFootnotesAnchorsAttributesAndFrontMatter() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AnchorLinkExtension.create(), AttributesExtension.create(), AutolinkExtension.create(),
                YamlFrontMatterExtension.create()));
        Parser parser = Parser.builder(options).build();
        Node document = parser.parse("""
                ---
                id: referral-checklist
                ---
                ## Immediate needs {#immediate-needs}

                | Need | Who |
                |------|-----|
                | Shelter | Social services |

                See the protocol.[^1]

                [^1]: Article 3.
                """);
        AbstractYamlFrontMatterVisitor frontMatter = new AbstractYamlFrontMatterVisitor();
        frontMatter.visit(document);
        assertEquals(List.of("referral-checklist"), frontMatter.getData().get("id"));
        String html = HtmlRenderer.builder(options).build().render(document);
        assertTrue(html.contains("id=\"immediate-needs\""), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("footnote"), html);
    }

    @Test
    void snakeYamlReadsAQuizItem() {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString("""
                id: q1
                type: single
                options: [{text: Act, correct: true}, {text: Means}]
                """);
        Map<?, ?> item = (Map<?, ?>) loaded;
        assertEquals("q1", item.get("id"));
        assertEquals(2, ((List<?>) item.get("options")).size());
    }

    @Test
    void sqliteOpensAnInMemoryDatabaseWithItsNativeLibrary() throws SQLException {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite::memory:");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table answer(id integer primary key, item text)");
            statement.execute("insert into answer(item) values ('q1')");
            try (ResultSet rows = statement.executeQuery("select count(*), sqlite_version() from answer")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1));
                assertNotNull(rows.getString(2));
            }
        }
    }

    @Test
    void pdfboxWritesAndReadsBackAPage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Referral checklist");
                content.endText();
            }
            document.save(bytes);
        }
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Referral checklist"));
        }
    }
}

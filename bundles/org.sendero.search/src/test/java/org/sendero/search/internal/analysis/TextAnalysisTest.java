package org.sendero.search.internal.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Which terms the index and the queries are made of: words, and marked stems beside them. */
class TextAnalysisTest {

    private final TextAnalysis analysis = new TextAnalysis();

    /** Each term, with "+" before those at the position of the previous term. */
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add((position.getPositionIncrement() == 0 ? "+" : "") + term);
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void aWordThatIsItsOwnStemEverywhereIsIndexedOnceOthersWithTheirStem() throws IOException {
        // "data" and "sea" are their own stems in every language; "smuggling" has the stem "smuggle"
        assertEquals(List.of("smuggling", "+~smuggle", "data", "sea"),
                terms(analysis.index(Language.EN), "Smuggling of data at sea"));
        // "smuggling" is its own stem in Spanish, but not in English: the stem is written beside it,
        // so that a stem found in the index always means the document's own language's stem
        assertEquals(List.of("smuggling", "+~smuggling", "data"), terms(analysis.index(Language.ES), "smuggling data"));
        assertEquals(List.of("migrantes", "+~migrant"), terms(analysis.index(Language.ES), "migrantes"));
    }

    @Test
    void aQueryStemThatIsAWordOfItsOwnIsAlsoSearchedUnmarked() throws IOException {
        assertEquals(List.of("~data", "+data"), terms(analysis.stems(Language.EN), "data"));
        assertEquals(List.of("~migrant", "+migrant"), terms(analysis.stems(Language.ES), "migrantes"));
        // "smuggle" is not its own stem in Spanish ("smuggl"): only the marked stem can mean it
        assertEquals(List.of("~smuggle"), terms(analysis.stems(Language.EN), "smuggling"));
    }

    @Test
    void phrasesUseTheExactWordsOnly() throws IOException {
        assertEquals(List.of("smuggling", "data"), terms(analysis.exact(Language.EN), "smuggling data"));
    }
}

package org.sendero.search.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.sendero.cli.CommandParser;
import org.sendero.search.FacetCount;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchResults;

/** {@code sendero search}: a query longer than a search takes, and the documented JSON form. */
class SearchCommandTest {

    @Test
    void sixtyWordsExitWithTheUsageCodeAndOneLine() {
        List<String> arguments = new ArrayList<>(Collections.nCopies(59, "children"));
        arguments.add("--lang");
        arguments.add("es");
        arguments.add("last words"); // one argument, two words
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // without services: a refused query must not wait for the index to be updated, nor search it
        int code = new SearchCommand(null, null).run(arguments,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CommandParser.USAGE, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("sendero search: query too long: at most 32 words (this one has 61)" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theJsonHasTheDocumentedKeysInOrderWithSnippetMarksAsTheyAre() {
        SearchHit pdf = new SearchHit("office/guidance/manual/en#p1", "office", "manual", "en", "guidance",
                "Border manual",
                List.of("Office", "procedure"), "p1", "Referral \"first\"", OptionalInt.of(1), 2f,
                List.of("The <b>border</b> &amp; the &lt;post&gt;"));
        SearchHit lesson = new SearchHit("starter/lesson/l1/es#top", "starter", "l1", "es", "lesson", "Trata",
                List.of(), "",
                "", OptionalInt.empty(), 7.21428f, List.of());
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("kind", List.of(new FacetCount("guidance", 1), new FacetCount("lesson", 1)));
        facets.put("topic", List.of());
        SearchResults results = new SearchResults("bordr", List.of(pdf, lesson), facets, List.of("border"),
                Optional.of("border"), Long.MAX_VALUE, 12);
        assertEquals("""
                {
                  "query": "bordr",
                  "hits": [
                    {
                      "id": "office/guidance/manual/en#p1",
                      "doc": "manual",
                      "title": "Border manual",
                      "kind": "guidance",
                      "section": "p1",
                      "page": 1,
                      "score": 2.0000,
                      "snippets": [
                        "The <b>border</b> &amp; the &lt;post&gt;"
                      ],
                      "sectionTitle": "Referral \\"first\\"",
                      "lang": "en",
                      "pack": "office",
                      "breadcrumb": [
                        "Office",
                        "procedure"
                      ]
                    },
                    {
                      "id": "starter/lesson/l1/es#top",
                      "doc": "l1",
                      "title": "Trata",
                      "kind": "lesson",
                      "section": "",
                      "page": null,
                      "score": 7.2143,
                      "snippets": [],
                      "sectionTitle": "",
                      "lang": "es",
                      "pack": "starter",
                      "breadcrumb": []
                    }
                  ],
                  "facets": {
                    "kind": [
                      {
                        "value": "guidance",
                        "count": 1
                      },
                      {
                        "value": "lesson",
                        "count": 1
                      }
                    ],
                    "topic": []
                  },
                  "didYouMean": [
                    "border"
                  ],
                  "showingResultsFor": "border",
                  "mostWordsOnly": false,
                  "searchedAlsoFor": [],
                  "total": 9223372036854775807,
                  "tookMs": 12
                }""", SearchCommand.json(results));
    }

    @Test
    void aScoreThatIsNoNumberIsNull() {
        assertEquals("null", SearchCommand.score(Float.NaN).toString());
        assertEquals("0.1235", SearchCommand.score(0.12345f).toString());
    }
}

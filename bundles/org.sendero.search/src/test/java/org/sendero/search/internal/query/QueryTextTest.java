package org.sendero.search.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendero.search.internal.query.ParsedQuery.Group;
import org.sendero.search.internal.query.ParsedQuery.Part;

class QueryTextTest {

    private static Group word(String text) {
        return new Group(List.of(new Part(text, false)));
    }

    @Test
    void wordsPhrasesExclusionsAndAlternatives() {
        ParsedQuery parsed = QueryText.parse("trata \"non-punishment\" -smuggling children OR niños");
        assertEquals(List.of(word("trata"), new Group(List.of(new Part("non-punishment", true))),
                new Group(List.of(new Part("children", false), new Part("niños", false)))), parsed.groups());
        assertEquals(List.of(new Part("smuggling", false)), parsed.excluded());
    }

    @Test
    void fieldFiltersBecomeFacetFiltersAndUnknownFieldsStayWords() {
        ParsedQuery parsed = QueryText.parse("topic:children lang:es type:checklist region:\"north-america\" note:x");
        assertEquals(Map.of("topic", Set.of("children"), "language", Set.of("es"), "doctype", Set.of("checklist"),
                "subregion", Set.of("north-america")), parsed.filters());
        assertEquals(List.of(word("note x")), parsed.groups());
    }

    @Test
    void malformedInputDegradesToPlainWords() {
        assertEquals(List.of(word("non-punishment"), word("principle")),
                QueryText.parse("\"non-punishment principle").groups(), "an unbalanced quote is ignored");
        assertEquals(List.of(word("border")), QueryText.parse("- border -").groups(), "a lone minus is ignored");
        ParsedQuery operators = QueryText.parse("AND OR");
        assertTrue(operators.groups().isEmpty() && operators.excluded().isEmpty());
        assertEquals(List.of(word("border")), QueryText.parse("OR border OR").groups());
        assertEquals(List.of(word("topic")), QueryText.parse("topic:").groups());
        assertEquals(List.of(), QueryText.parse("\"\" \" ").groups());
    }

    @Test
    void notAndMinusBothExclude() {
        ParsedQuery parsed = QueryText.parse("border NOT visa -\"air travel\"");
        assertEquals(List.of(word("border")), parsed.groups());
        assertEquals(List.of(new Part("visa", false), new Part("air travel", true)), parsed.excluded());
    }
}

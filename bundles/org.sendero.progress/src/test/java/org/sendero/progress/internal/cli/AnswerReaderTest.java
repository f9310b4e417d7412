package org.sendero.progress.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Question.Pair;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;

class AnswerReaderTest {

    private static Common common(String id) {
        return new Common(id, "?", Optional.empty(), Optional.empty());
    }

    private static final List<Option> OPTIONS = List.of(new Option("a", true, ""), new Option("b", false, ""),
            new Option("c", true, ""));

    @Test
    void optionNumbersAreThoseShownAndResponsesThoseWritten() {
        PresentedItem single = new PresentedItem(new Question.SingleChoice(common("s"),
                List.of(new Option("a", true, ""), new Option("b", false, ""))), List.of(1, 0));
        assertEquals(Response.Choices.of(1), AnswerReader.read(single, " 1 "));
        assertEquals("type one option number, 1 to 2",
                assertThrows(IllegalArgumentException.class, () -> AnswerReader.read(single, "1 2")).getMessage());
        assertEquals("there is no option 3 (1 to 2)",
                assertThrows(IllegalArgumentException.class, () -> AnswerReader.read(single, "3")).getMessage());
        PresentedItem multiple = new PresentedItem(new Question.MultipleResponse(common("m"), OPTIONS),
                List.of(2, 0, 1));
        assertEquals(Response.Choices.of(2, 1), AnswerReader.read(multiple, "1, 3"));
        assertThrows(IllegalArgumentException.class, () -> AnswerReader.read(multiple, ""));
    }

    @Test
    void lettersMatchAndOrder() {
        PresentedItem matching = new PresentedItem(new Question.Matching(common("x"),
                List.of(new Pair("L1", "R1"), new Pair("L2", "R2"), new Pair("L3", "R3")), Feedback.NONE),
                List.of(2, 0, 1));
        // shown: a) R3 b) R1 c) R2; "bca" matches L1-R1, L2-R2, L3-R3
        assertEquals(new Response.Matches(List.of(0, 1, 2)), AnswerReader.read(matching, "b c a"));
        assertThrows(IllegalArgumentException.class, () -> AnswerReader.read(matching, "ab"));
        assertThrows(IllegalArgumentException.class, () -> AnswerReader.read(matching, "abz"));
        PresentedItem ordering = new PresentedItem(new Question.Ordering(common("o"), List.of("x", "y", "z"),
                Feedback.NONE), List.of(2, 0, 1));
        assertEquals(new Response.Order(List.of(0, 1, 2)), AnswerReader.read(ordering, "BCA"));
        assertEquals("use each letter once",
                assertThrows(IllegalArgumentException.class, () -> AnswerReader.read(ordering, "bba")).getMessage());
    }

    @Test
    void trueFalseInThreeLanguagesAndNumbersWithADecimalComma() {
        PresentedItem tf = new PresentedItem(new Question.TrueFalse(common("t"), true, "", ""), List.of());
        for (String yes : List.of("t", "TRUE", "verdadero", "vrai", "V")) {
            assertEquals(new Response.TrueOrFalse(true), AnswerReader.read(tf, yes));
        }
        for (String no : List.of("f", "False", "falso", "faux")) {
            assertEquals(new Response.TrueOrFalse(false), AnswerReader.read(tf, no));
        }
        assertEquals(18.5, AnswerReader.number("18,5"));
        assertEquals(1250.0, AnswerReader.number("1250"));
        assertEquals(-0.25, AnswerReader.number("-.25"));
        for (String bad : List.of("1,250.5", "18 years", "NaN", "Infinity", "0x10", "")) {
            assertThrows(IllegalArgumentException.class, () -> AnswerReader.number(bad), bad);
        }
    }
}

package org.sendero.core.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.NumericRange;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Question.Pair;

class ScorerTest {

    private static final Optional<ContentLink> REF = ContentLink.parse("guidance:smuggling-definition#elements");
    private static final Feedback FEEDBACK = new Feedback("Right.", "Reread the definition.");

    private static Common common(String id) {
        return new Common(id, "Prompt of " + id, Optional.empty(), REF);
    }

    static final Question.SingleChoice SINGLE = new Question.SingleChoice(common("single"), List.of(
            new Option("A", false, "Not A."), new Option("B", true, "B is right."), new Option("C", false, "")));

    /** Three correct (0, 1, 2) and two wrong (3, 4) options, as in the starter pack's benefit item. */
    static final Question.MultipleResponse MULTIPLE = new Question.MultipleResponse(common("multiple"), List.of(
            new Option("cash", true, "Cash counts."), new Option("transfer", true, ""), new Option("labour", true, ""),
            new Option("meal", false, "A free meal is help."), new Option("thanks", false, "")));

    static final Question.Matching MATCHING = new Question.Matching(common("matching"), List.of(
            new Pair("Act", "Recruitment"), new Pair("Means", "Deception"), new Pair("Purpose", "Exploitation"),
            new Pair("Victim", "Person")), FEEDBACK);

    static final Question.Ordering ORDERING = new Question.Ordering(common("ordering"),
            List.of("one", "two", "three", "four", "five"), FEEDBACK);

    @Test
    void singleChoiceIsRightOnlyWithTheCorrectOptionAlone() {
        ItemScore right = Scorer.score(SINGLE, Response.Choices.of(1));
        assertEquals(1.0, right.credit());
        assertEquals(List.of("B is right."), right.feedback());
        assertEquals(Optional.empty(), right.reread(), "no section to reread after a right answer");

        ItemScore wrong = Scorer.score(SINGLE, Response.Choices.of(0));
        assertEquals(0.0, wrong.credit());
        assertEquals(List.of("Not A."), wrong.feedback());
        assertEquals(REF, wrong.reread());

        assertEquals(0.0, Scorer.score(SINGLE, Response.Choices.of(0, 1)).credit(),
                "two picks on a single-choice item");
        assertEquals(0.0, Scorer.score(SINGLE, Response.Choices.of(7)).credit(), "an option that does not exist");
        assertEquals(0.0, Scorer.score(SINGLE, new Response.Text("B")).credit(), "a response of another kind");
    }

    @ParameterizedTest(name = "picked {0} gives {1}")
    @CsvSource(delimiter = ';', value = {
            "0 1 2; 1.0", // all correct, nothing wrong
            "0 1; 0.6667", // two of three correct
            "0; 0.3333",
            "0 1 2 3; 0.5", // all correct but one of two wrong: 1 - 1/2
            "0 3; 0", // 1/3 - 1/2 is below 0: floored
            "0 1 2 3 4; 0", // everything ticked earns nothing
            "3 4; 0",
            "2 4; 0" })
    void multipleResponseGivesTheShareOfCorrectPicksMinusTheShareOfWrongPicks(String picked, double expected) {
        List<Integer> indices = java.util.Arrays.stream(picked.split(" ")).map(Integer::valueOf).toList();
        ItemScore score = Scorer.score(MULTIPLE, new Response.Choices(java.util.Set.copyOf(indices)));
        assertEquals(expected, score.credit(), 0.0001);
        assertEquals(expected == 1.0, score.reread().isEmpty());
    }

    @Test
    void multipleResponseFeedbackIsThatOfEachPickedOption() {
        assertEquals(List.of("Cash counts.", "A free meal is help."),
                Scorer.score(MULTIPLE, Response.Choices.of(3, 0)).feedback());
    }

    @Test
    void multipleResponseWithOnlyCorrectOptionsLosesNothingForWrongPicks() {
        Question.MultipleResponse allCorrect = new Question.MultipleResponse(common("all"),
                List.of(new Option("x", true, ""), new Option("y", true, "")));
        assertEquals(0.5, Scorer.score(allCorrect, Response.Choices.of(1)).credit());
    }

    @Test
    void trueFalseGivesTheFeedbackOfTheAnswerGiven() {
        Question.TrueFalse item = new Question.TrueFalse(common("tf"), false, "No: verify first.", "Right.");
        ItemScore wrong = Scorer.score(item, new Response.TrueOrFalse(true));
        assertEquals(0.0, wrong.credit());
        assertEquals(List.of("No: verify first."), wrong.feedback());
        assertEquals(REF, wrong.reread());
        ItemScore right = Scorer.score(item, new Response.TrueOrFalse(false));
        assertEquals(1.0, right.credit());
        assertEquals(List.of("Right."), right.feedback());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "trata de personas|true",
            "Trata de Personas|true",
            "  trata   de\tpersonas  |true",
            "TRATA|true",
            "tráfico ilícito|true",
            "trafico ilicito|true",
            "TRÁFICO  ILÍCITO|true",
            "traﬁco ilicito|true", // the "fi" ligature a PDF copy leaves behind
            "trata de persona|false",
            "tratade personas|false",
            "tráfico|false",
            "|false" })
    void shortAnswersIgnoreCaseAccentsAndSpacingButNothingElse(String typed, boolean right) {
        Question.ShortAnswer item = new Question.ShortAnswer(common("short"),
                List.of("trata de personas", "trata", "Tráfico ilícito"), FEEDBACK);
        ItemScore score = Scorer.score(item, new Response.Text(typed == null ? "" : typed));
        assertEquals(right, score.correct());
        assertEquals(List.of(right ? "Right." : "Reread the definition."), score.feedback());
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = ';', value = {
            "0 1 2 3; 1.0",
            "1 0 2 3; 0.5", // two lefts swapped
            "1 2 3 0; 0",
            "0 1 3 2; 0.5",
            "0 -1 -1 -1; 0.25", // one matched, the rest left empty
            "0 0 0 0; 0.25", // the same right side everywhere earns only its own match
            "0 1 2; 0" }) // not one right side per left side
    void matchingGivesTheShareOfLeftSidesMatchedRight(String rights, double expected) {
        List<Integer> matches = java.util.Arrays.stream(rights.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expected, Scorer.score(MATCHING, new Response.Matches(matches)).credit(), 0.0001);
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = ';', value = {
            "0 1 2 3 4; 1.0",
            "4 3 2 1 0; 0", // reversed
            "1 0 2 3 4; 0.75", // one neighbouring pair swapped: 4 of 5 in order
            "4 0 1 2 3; 0.75", // the last moved to the front
            "1 0 3 2 4; 0.5",
            "0 2 4 1 3; 0.5",
            "0 1 2 3; 0", // an entry missing
            "0 1 2 3 3; 0" }) // an entry twice
    void orderingGivesTheLongestRunInOrderMinusOneOverEntriesMinusOne(String order, double expected) {
        List<Integer> entries = java.util.Arrays.stream(order.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expected, Scorer.score(ORDERING, new Response.Order(entries)).credit(), 0.0001);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "18, true", "17.5, true", "18.5, true", "18.50001, false", "17.4999, false", "-18, false" })
    void numericAcceptsEverythingWithinTheTolerance(double typed, boolean right) {
        Question.Numeric item = new Question.Numeric(common("numeric"), NumericRange.around(18, 0.5), FEEDBACK);
        assertEquals(right, Scorer.score(item, new Response.Number(typed)).correct());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "17, true", "17.99, true", "18, false", "16.999, false" })
    void numericAcceptsARangeWithItsBounds(double typed, boolean right) {
        Question.Numeric item = new Question.Numeric(common("range"), new NumericRange(17, 17.99), FEEDBACK);
        assertEquals(right, Scorer.score(item, new Response.Number(typed)).correct());
    }

    @Test
    void numericWithoutToleranceNeedsTheExactNumber() {
        Question.Numeric item = new Question.Numeric(common("exact"), NumericRange.around(5, 0), FEEDBACK);
        assertTrue(Scorer.score(item, new Response.Number(5.0)).correct());
        assertFalse(Scorer.score(item, new Response.Number(5.0000001)).correct());
        assertFalse(Scorer.score(item, new Response.Text("5")).correct());
    }

    @Test
    void everyResponseSurvivesItsTextForm() {
        List<Response> responses = List.of(Response.Choices.of(2, 0), new Response.TrueOrFalse(false),
                new Response.Text("trata: de personas, sí"), new Response.Matches(List.of(1, 0, -1)),
                new Response.Order(List.of(2, 0, 1)), new Response.Number(18.25), new Response.Number(-3));
        for (Response response : responses) {
            assertEquals(Optional.of(response), Response.decode(response.encode()), response.encode());
        }
        assertEquals("choices:0,2", Response.Choices.of(2, 0).encode());
        assertEquals("number:18", new Response.Number(18).encode());
        assertEquals(Optional.empty(), Response.decode("number:many"));
        assertEquals(Optional.empty(), Response.decode("colour:red"));
        assertEquals(Optional.empty(), Response.decode("no colon"));
    }

    @Test
    void longestIncreasingRunCountsEntriesInRelativeOrder() {
        assertEquals(3, Scorer.longestIncreasingRun(List.of(2, 0, 3, 1, 4)));
        assertEquals(1, Scorer.longestIncreasingRun(List.of(3, 2, 1, 0)));
    }
}

package org.sendero.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Option;

class ContentModelTest {

    private static final Common COMMON = new Common("q1", "Which element?", Optional.empty(), Optional.empty());

    @Test
    void versionsCompareNumericallyNotAsText() {
        assertTrue(PackVersion.parse("1.10.0").compareTo(PackVersion.parse("1.9.3")) > 0);
        assertEquals(0, PackVersion.parse("2.0.0").compareTo(new PackVersion(2, 0, 0)));
        assertEquals("1.0.1", PackVersion.parse("1.0.0").nextPatch().toString());
        assertFalse(PackVersion.isValid("1.0"));
        assertFalse(PackVersion.isValid("01.0.0"));
        assertThrows(IllegalArgumentException.class, () -> PackVersion.parse("v1.0.0"));
    }

    @Test
    void linksByIdParseWithAndWithoutAnchor() {
        ContentLink link = ContentLink.parse("guidance:referral-checklist#children").orElseThrow();
        assertEquals(ContentLink.Kind.GUIDANCE, link.kind());
        assertEquals("referral-checklist", link.id());
        assertEquals(Optional.of("children"), link.anchor());
        assertEquals("lesson:tip-def-children", ContentLink.parse("lesson:tip-def-children").orElseThrow().toString());
        assertTrue(ContentLink.parse("guidance:Bad_Id").isEmpty());
        assertTrue(ContentLink.parse("https://example.org").isEmpty());
    }

    @Test
    void localizedTextFallsBackToEnglish() {
        LocalizedText title = new LocalizedText(Map.of("en", "Trafficking", "es", "Trata"));
        assertEquals("Trata", title.in("es"));
        assertEquals("Trafficking", title.in("fr"));
        assertEquals("", LocalizedText.empty().in("en"));
    }

    @Test
    void aSingleChoiceItemNeedsExactlyOneCorrectOption() {
        Option right = new Option("The act", true, "Right");
        Option wrong = new Option("The means", false, "");
        assertEquals(2, new Question.SingleChoice(COMMON, List.of(right, wrong)).options().size());
        assertThrows(IllegalArgumentException.class, () -> new Question.SingleChoice(COMMON, List.of(wrong, wrong)));
        assertThrows(IllegalArgumentException.class, () -> new Question.SingleChoice(COMMON, List.of(right, right)));
        assertThrows(IllegalArgumentException.class, () -> new Question.MultipleResponse(COMMON, List.of(wrong)));
    }

    @Test
    void numericRangesAcceptTheirBoundsAndRefuseImpossibleOnes() {
        Question.NumericRange range = Question.NumericRange.around(18, 0.5);
        assertTrue(range.contains(17.5));
        assertTrue(range.contains(18.5));
        assertFalse(range.contains(18.6));
        assertThrows(IllegalArgumentException.class, () -> new Question.NumericRange(5, 3));
        assertThrows(IllegalArgumentException.class, () -> Question.NumericRange.around(1, -1));
    }

    @Test
    void everyKindOfItemIsHandledByASwitchOverTheSealedType() {
        List<Question> items = List.of(new Question.TrueFalse(COMMON, false, "No", "Yes"),
                new Question.ShortAnswer(COMMON, List.of("means"), Question.Feedback.NONE),
                new Question.Ordering(COMMON, List.of("a", "b"), Question.Feedback.NONE));
        List<String> kinds = items.stream().map(item -> switch (item) {
            case Question.SingleChoice single -> "single";
            case Question.MultipleResponse multiple -> "multiple";
            case Question.TrueFalse trueFalse -> "truefalse";
            case Question.ShortAnswer shortAnswer -> "short";
            case Question.Matching matching -> "matching";
            case Question.Ordering ordering -> "ordering";
            case Question.Numeric numeric -> "numeric";
        }).toList();
        assertEquals(List.of("truefalse", "short", "ordering"), kinds);
    }
}

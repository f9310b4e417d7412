package org.sendero.authoring.internal.wizards;

import java.util.List;
import java.util.Optional;

import org.sendero.content.authoring.QuizItems;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.NumericRange;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Question.Pair;

/** A first item of each type, in the trainer's language, for the item editor to start from. */
final class ItemTemplates {

    /** The item types in the order the editor offers them, as quiz files name them. */
    static final List<String> TYPES = List.of("single", "multiple", "truefalse", "short", "matching", "ordering",
            "numeric");

    private ItemTemplates() {
    }

    static String label(String type) {
        return switch (type) {
            case "single" -> Messages.Item_single;
            case "multiple" -> Messages.Item_multiple;
            case "truefalse" -> Messages.Item_truefalse;
            case "short" -> Messages.Item_short;
            case "matching" -> Messages.Item_matching;
            case "ordering" -> Messages.Item_ordering;
            default -> Messages.Item_numeric;
        };
    }

    static String yaml(String type, String id) {
        return QuizItems.yaml(item(type, id));
    }

    static Question item(String type, String id) {
        Common common = new Common(id, Messages.Item_samplePrompt, Optional.empty(), Optional.empty());
        Feedback feedback = new Feedback(Messages.Item_sampleRight, Messages.Item_sampleWrong);
        return switch (type) {
            case "single" -> new Question.SingleChoice(common, List.of(
                    new Option(Messages.Item_sampleCorrect, true, Messages.Item_sampleRight),
                    new Option(Messages.Item_sampleOther, false, Messages.Item_sampleWrong)));
            case "multiple" -> new Question.MultipleResponse(common, List.of(
                    new Option(Messages.Item_sampleCorrect, true, ""),
                    new Option(Messages.Item_sampleAlsoCorrect, true, ""),
                    new Option(Messages.Item_sampleOther, false, Messages.Item_sampleWrong)));
            case "truefalse" ->
                new Question.TrueFalse(common, true, Messages.Item_sampleRight, Messages.Item_sampleWrong);
            case "short" -> new Question.ShortAnswer(common, List.of(Messages.Item_sampleCorrect), feedback);
            case "matching" ->
                new Question.Matching(common, List.of(new Pair(Messages.Item_sampleLeft1, Messages.Item_sampleRight1),
                        new Pair(Messages.Item_sampleLeft2, Messages.Item_sampleRight2)), feedback);
            case "ordering" ->
                new Question.Ordering(common, List.of(Messages.Item_sampleStep1, Messages.Item_sampleStep2,
                        Messages.Item_sampleStep3), feedback);
            default -> new Question.Numeric(common, NumericRange.around(18, 0), feedback);
        };
    }
}

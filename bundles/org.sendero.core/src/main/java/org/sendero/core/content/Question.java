package org.sendero.core.content;

import java.util.List;
import java.util.Optional;

/**
 * A quiz item. The kinds are closed so that scoring, rendering and export handle every one of them
 * (a switch over a sealed type does not compile when a kind is forgotten).
 */
public sealed interface Question permits Question.SingleChoice, Question.MultipleResponse, Question.TrueFalse,
        Question.ShortAnswer, Question.Matching, Question.Ordering, Question.Numeric {

    /** The parts every kind of item has: id, prompt, optional scenario and guidance section to reread. */
    record Common(String id, String prompt, Optional<String> scenario, Optional<ContentLink> ref) {
        public Common {
            PackInfo.requireText(id, "item id");
            PackInfo.requireText(prompt, "prompt of item " + id);
            scenario = scenario == null ? Optional.empty() : scenario;
            ref = ref == null ? Optional.empty() : ref;
        }
    }

    Common common();

    default String id() {
        return common().id();
    }

    default String prompt() {
        return common().prompt();
    }

    /** The item's {@code type:} in a pack's quiz file, e.g. {@code truefalse}. */
    default String typeKey() {
        return switch (this) {
            case SingleChoice q -> "single";
            case MultipleResponse q -> "multiple";
            case TrueFalse q -> "truefalse";
            case ShortAnswer q -> "short";
            case Matching q -> "matching";
            case Ordering q -> "ordering";
            case Numeric q -> "numeric";
        };
    }

    /** An option of a choice item with the feedback shown when it is picked. */
    record Option(String text, boolean correct, String feedback) {
        public Option {
            PackInfo.requireText(text, "option text");
            feedback = feedback == null ? "" : feedback;
        }
    }

    /** Feedback for a right and a wrong answer, for items without options. */
    record Feedback(String correct, String wrong) {
        public static final Feedback NONE = new Feedback("", "");

        public Feedback {
            correct = correct == null ? "" : correct;
            wrong = wrong == null ? "" : wrong;
        }
    }

    /** One left-right pair of a matching item; the correct match is the pair itself. */
    record Pair(String left, String right) {
        public Pair {
            PackInfo.requireText(left, "left side of a pair");
            PackInfo.requireText(right, "right side of a pair");
        }
    }

    /** The closed interval of accepted numeric answers. */
    record NumericRange(double min, double max) {
        public NumericRange {
            if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
                throw new IllegalArgumentException("impossible range [" + min + ", " + max + "]");
            }
        }

        public static NumericRange around(double answer, double tolerance) {
            if (tolerance < 0) {
                throw new IllegalArgumentException("negative tolerance " + tolerance);
            }
            return new NumericRange(answer - tolerance, answer + tolerance);
        }

        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    /** Exactly one option is correct. */
    record SingleChoice(Common common, List<Option> options) implements Question {
        public SingleChoice {
            options = List.copyOf(options);
            if (options.stream().filter(Option::correct).count() != 1) {
                throw new IllegalArgumentException("item " + common.id() + " needs exactly one correct option");
            }
        }
    }

    /** One or more options are correct; scoring may give partial credit. */
    record MultipleResponse(Common common, List<Option> options) implements Question {
        public MultipleResponse {
            options = List.copyOf(options);
            if (options.stream().noneMatch(Option::correct)) {
                throw new IllegalArgumentException("item " + common.id() + " has no correct option");
            }
        }
    }

    /** A statement that is true or false, with feedback for each answer the learner can give. */
    record TrueFalse(Common common, boolean answer, String feedbackIfTrue, String feedbackIfFalse) implements Question {
        public TrueFalse {
            feedbackIfTrue = feedbackIfTrue == null ? "" : feedbackIfTrue;
            feedbackIfFalse = feedbackIfFalse == null ? "" : feedbackIfFalse;
        }
    }

    /** A typed answer compared with the accepted variants ignoring case, accents and spacing. */
    record ShortAnswer(Common common, List<String> accepted, Feedback feedback) implements Question {
        public ShortAnswer {
            accepted = List.copyOf(accepted);
            if (accepted.isEmpty()) {
                throw new IllegalArgumentException("item " + common.id() + " accepts no answer");
            }
        }
    }

    /** Left items to match with right items; the pairs as written are the correct matches. */
    record Matching(Common common, List<Pair> pairs, Feedback feedback) implements Question {
        public Matching {
            pairs = List.copyOf(pairs);
        }
    }

    /** Items to put in order; {@code order} is the correct order. */
    record Ordering(Common common, List<String> order, Feedback feedback) implements Question {
        public Ordering {
            order = List.copyOf(order);
        }
    }

    /** A number, accepted within a range (an answer with a tolerance, or min and max). */
    record Numeric(Common common, NumericRange accepted, Feedback feedback) implements Question {
    }
}

package org.sendero.content.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Question.Pair;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;

/**
 * Writes quiz items as GIFT that Moodle imports, and that {@link GiftReader} reads back as the same
 * items: what GIFT cannot say (scenarios, the section to reread, ordering items, the feedback for
 * a right answer to a matching item) travels in {@code //sendero:} comments, which Moodle skips.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(Quiz quiz) {
        return write(quiz.scenarios(), quiz.items(), "// " + quiz.id() + ": " + quiz.title().in(quiz.lang()));
    }

    public static String write(List<Scenario> scenarios, List<Question> items, String heading) {
        StringBuilder out = new StringBuilder();
        out.append(heading.replace('\n', ' ')).append("\n\n");
        for (Scenario scenario : scenarios) {
            out.append(GiftReader.MARKER).append("scenario ").append(scenario.id()).append('\n');
            out.append("::").append(GiftText.escape(scenario.id())).append(":: ")
                    .append(GiftText.escape(scenario.text().strip()))
                    .append("\n\n");
        }
        for (Question item : items) {
            item.common().scenario()
                    .ifPresent(s -> out.append(GiftReader.MARKER).append("in-scenario ").append(s).append('\n'));
            item.common().ref().ifPresent(ref -> out.append(GiftReader.MARKER).append("ref ").append(ref).append('\n'));
            if (item instanceof Question.Ordering) {
                out.append(GiftReader.MARKER).append("ordering\n");
            }
            Feedback feedback = feedback(item);
            boolean correctInComment = (item instanceof Question.Matching || item instanceof Question.Ordering)
                    && !feedback.correct().isEmpty();
            if (correctInComment) {
                out.append(GiftReader.MARKER).append("correct-feedback ").append(GiftText.escape(feedback.correct()))
                        .append('\n');
            }
            out.append("::").append(item.id()).append(":: [markdown]").append(GiftText.escape(item.prompt()))
                    .append(" {");
            answers(item, out);
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static Feedback feedback(Question item) {
        return switch (item) {
            case Question.ShortAnswer q -> q.feedback();
            case Question.Matching q -> q.feedback();
            case Question.Ordering q -> q.feedback();
            case Question.Numeric q -> q.feedback();
            default -> Feedback.NONE;
        };
    }

    private static void answers(Question item, StringBuilder out) {
        switch (item) {
            case Question.SingleChoice q -> q.options().forEach(option -> out.append("\n  ")
                    .append(option.correct() ? '=' : '~').append(text(option.text(), option.feedback())));
            case Question.MultipleResponse q -> {
                long right = q.options().stream().filter(Option::correct).count();
                long wrong = q.options().size() - right;
                for (Option option : q.options()) {
                    String weight = option.correct() ? percent(100.0 / right) : "-" + percent(100.0 / wrong);
                    out.append("\n  ~%").append(weight).append('%').append(text(option.text(), option.feedback()));
                }
            }
            case Question.TrueFalse q -> {
                // {TRUE#feedback for a wrong answer#feedback for the right answer}
                String right = q.answer() ? q.feedbackIfTrue() : q.feedbackIfFalse();
                String wrong = q.answer() ? q.feedbackIfFalse() : q.feedbackIfTrue();
                out.append(q.answer() ? "TRUE" : "FALSE");
                if (!right.isEmpty() || !wrong.isEmpty()) {
                    out.append('#').append(GiftText.escape(wrong));
                }
                if (!right.isEmpty()) {
                    out.append('#').append(GiftText.escape(right));
                }
            }
            case Question.ShortAnswer q -> {
                q.accepted().forEach(answer -> out.append("\n  =").append(text(answer, q.feedback().correct())));
                general(q.feedback(), out);
            }
            case Question.Matching q -> {
                for (Pair pair : q.pairs()) {
                    out.append("\n  =").append(GiftText.escape(pair.left())).append(" -> ")
                            .append(GiftText.escape(pair.right()));
                }
                general(q.feedback(), out);
            }
            case Question.Ordering q -> {
                for (int i = 0; i < q.order().size(); i++) {
                    out.append("\n  =").append(i + 1).append(" -> ").append(GiftText.escape(q.order().get(i)));
                }
                general(q.feedback(), out);
            }
            case Question.Numeric q -> {
                out.append("#\n  =").append(number(q.accepted().min())).append("..").append(number(q.accepted().max()));
                if (!q.feedback().correct().isEmpty()) {
                    out.append('#').append(GiftText.escape(q.feedback().correct()));
                }
                general(q.feedback(), out);
            }
        }
        out.append('\n');
    }

    private static void general(Feedback feedback, StringBuilder out) {
        if (!feedback.wrong().isEmpty()) {
            out.append("\n  ####").append(GiftText.escape(feedback.wrong()));
        }
    }

    private static String text(String text, String feedback) {
        return GiftText.escape(text) + (feedback.isEmpty() ? "" : "#" + GiftText.escape(feedback));
    }

    /** Moodle accepts weights with up to 5 decimals (33.33333). */
    private static String percent(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.5f", value)).stripTrailingZeros().toPlainString();
    }

    /** The shortest text that reads back as the same double. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

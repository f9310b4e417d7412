package org.sendero.ui.internal.quiz;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.sendero.core.content.Question;
import org.sendero.core.quiz.Response;
import org.sendero.ui.quiz.Messages;

/** Answers in words for the review screen: the right one, and the one the learner gave. */
public final class AnswerText {

    private AnswerText() {
    }

    public static String correct(Question question) {
        return switch (question) {
            case Question.SingleChoice q -> rightOptions(q.options());
            case Question.MultipleResponse q -> rightOptions(q.options());
            case Question.TrueFalse q -> trueFalse(q.answer());
            case Question.ShortAnswer q -> q.accepted().get(0);
            case Question.Matching q -> q.pairs().stream().map(p -> p.left() + " \u2192 " + p.right())
                    .collect(Collectors.joining("; "));
            case Question.Ordering q -> numbered(q.order());
            case Question.Numeric q -> q.accepted().min() == q.accepted().max() ? number(q.accepted().min())
                    : number(q.accepted().min()) + " \u2013 " + number(q.accepted().max());
        };
    }

    public static String given(Question question, Response response) {
        return switch (response) {
            case Response.Choices c -> {
                List<Question.Option> options = switch (question) {
                    case Question.SingleChoice q -> q.options();
                    case Question.MultipleResponse q -> q.options();
                    default -> List.of();
                };
                yield c.picked().stream().filter(i -> i < options.size()).map(i -> options.get(i).text())
                        .collect(Collectors.joining("; "));
            }
            case Response.TrueOrFalse t -> trueFalse(t.value());
            case Response.Text t -> t.value();
            case Response.Number n -> number(n.value());
            case Response.Matches m -> question instanceof Question.Matching q
                    ? IntStream
                            .range(0, m.rightOfLeft().size()).mapToObj(left -> q.pairs().get(left).left() + " \u2192 "
                                    + (m.rightOfLeft().get(left) < 0 ? Messages.QuizPart_noAnswer
                                            : q.pairs().get(m.rightOfLeft().get(left)).right()))
                            .collect(Collectors.joining("; "))
                    : "";
            case Response.Order o -> question instanceof Question.Ordering q
                    ? numbered(o.entries().stream().map(q.order()::get).toList()) : "";
        };
    }

    /** A percentage as the quiz rules round it (one decimal), with the reader's decimal separator. */
    public static String percent(double percent) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMaximumFractionDigits(1);
        return format.format(percent);
    }

    private static String rightOptions(List<Question.Option> options) {
        return options.stream().filter(Question.Option::correct).map(Question.Option::text)
                .collect(Collectors.joining("; "));
    }

    private static String trueFalse(boolean value) {
        return (value ? Messages.Answer_true : Messages.Answer_false).replace("&", "");
    }

    private static String numbered(List<String> entries) {
        return IntStream.range(0, entries.size()).mapToObj(i -> (i + 1) + ". " + entries.get(i))
                .collect(Collectors.joining("  "));
    }

    private static String number(double value) {
        return Response.stripZeros(value).replace(".", decimalSeparator());
    }

    private static String decimalSeparator() {
        return String.valueOf(java.text.DecimalFormatSymbols.getInstance(Locale.getDefault()).getDecimalSeparator());
    }
}

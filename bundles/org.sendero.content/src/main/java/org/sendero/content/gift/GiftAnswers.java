package org.sendero.content.gift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.NumericRange;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Question.Pair;

/**
 * The answers of a GIFT question, between its braces, as the kind of item they make: choice,
 * true/false, short answer, matching or ordering, numeric. What a quiz cannot hold is reported.
 */
final class GiftAnswers {

    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)(T|TRUE|F|FALSE)(#.*)?", Pattern.DOTALL);
    private static final Pattern WEIGHT = Pattern.compile("%(-?[0-9]+(?:\\.[0-9]+)?)%");

    private final GiftProblems problems;

    GiftAnswers(GiftProblems problems) {
        this.problems = problems;
    }

    /**
     * The question that the answers between the braces make, or empty when they make none that a
     * quiz holds (the problem says why).
     *
     * @param offset where the answers start in the block's text
     */
    Optional<Question> read(GiftBlock block, int offset, String raw, Common common) {
        String answers = raw;
        String general = "";
        int generalAt = GiftText.find(answers, "####", 0);
        if (generalAt >= 0) {
            general = GiftText.unescape(answers.substring(generalAt + 4));
            answers = answers.substring(0, generalAt);
        }
        String trimmed = answers.strip();
        if (trimmed.isEmpty()) {
            problems.warning(block, offset - 1,
                    "an essay question ('" + common.prompt() + "') has no equivalent in a quiz; left out");
            return Optional.empty();
        }
        if (trimmed.startsWith("#")) {
            return numeric(block, offset + answers.indexOf('#') + 1, trimmed.substring(1), common, general);
        }
        if (TRUE_FALSE.matcher(trimmed).matches()) {
            return Optional.of(trueFalse(trimmed, common, general));
        }
        List<Entry> entries = entries(block, offset, answers);
        if (entries == null) {
            return Optional.empty();
        }
        boolean matching = entries.stream().allMatch(e -> e.marker == '=' && e.rawText.contains("->"));
        if (matching) {
            return matching(block, offset, entries, common, general);
        }
        if (entries.stream().anyMatch(e -> e.marker == '~')) {
            return choice(block, offset, entries, common, general);
        }
        return shortAnswer(block, entries, common, general);
    }

    /** One answer: = or ~, an optional %weight%, the text and its #feedback. */
    private record Entry(char marker, Optional<Double> weight, String rawText, String text, String feedback,
            int index) {
    }

    private List<Entry> entries(GiftBlock block, int offset, String answers) {
        List<Entry> entries = new ArrayList<>();
        int i = GiftText.skipSpace(answers, 0);
        if (i < answers.length() && answers.charAt(i) != '=' && answers.charAt(i) != '~') {
            problems.error(block, offset + i,
                    "answers start with = (right) or ~ (wrong), not '" + answers.strip().split("\\s")[0] + "'");
            return null;
        }
        while (i < answers.length()) {
            char marker = answers.charAt(i);
            int next = nextMarker(answers, i + 1);
            String body = answers.substring(i + 1, next);
            Optional<Double> weight = Optional.empty();
            Matcher matcher = WEIGHT.matcher(body.stripLeading());
            if (matcher.lookingAt()) {
                weight = Optional.of(Double.parseDouble(matcher.group(1)));
                body = body.stripLeading().substring(matcher.end());
            }
            int hash = GiftText.find(body, "#", 0);
            String text = hash < 0 ? body : body.substring(0, hash);
            String feedback = hash < 0 ? "" : GiftText.unescape(body.substring(hash + 1));
            entries.add(new Entry(marker, weight, text, GiftText.unescape(text), feedback, offset + i));
            i = GiftText.skipSpace(answers, next);
        }
        return entries;
    }

    private static int nextMarker(String answers, int from) {
        int equals = GiftText.find(answers, "=", from);
        int tilde = GiftText.find(answers, "~", from);
        int next = equals < 0 ? tilde : tilde < 0 ? equals : Math.min(equals, tilde);
        return next < 0 ? answers.length() : next;
    }

    private Optional<Question> choice(GiftBlock block, int offset, List<Entry> entries, Common common, String general) {
        boolean weighted = entries.stream().anyMatch(e -> e.weight.isPresent());
        List<Option> options = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (Entry entry : entries) {
            boolean correct = entry.marker == '=' || entry.weight.orElse(0.0) > 0;
            if (!texts.add(entry.text)) {
                problems.error(block, entry.index, "the option '" + entry.text + "' is listed twice");
                return Optional.empty();
            }
            if (entry.text.isEmpty()) {
                problems.error(block, entry.index, "an option has no text");
                return Optional.empty();
            }
            String feedback = general.isEmpty() ? entry.feedback : (entry.feedback + " " + general).strip();
            options.add(new Option(entry.text, correct, feedback));
        }
        long correct = options.stream().filter(Option::correct).count();
        if (options.size() < 2) {
            problems.error(block, offset, "a choice question needs at least two options");
            return Optional.empty();
        }
        if (correct == 0) {
            problems.error(block, offset, "no option is right: mark one with = or give it a positive %weight%");
            return Optional.empty();
        }
        if (weighted) {
            Set<Double> positive = new HashSet<>();
            entries.stream().filter(e -> e.weight.orElse(0.0) > 0).forEach(e -> positive.add(e.weight.get()));
            if (positive.size() > 1) {
                problems.warning(block, offset,
                        "unequal weights " + positive + " become equal: every right option counts the same"
                                + " (see the partial-credit rules)");
            }
            return Optional.of(new Question.MultipleResponse(common, options));
        }
        return Optional.of(correct == 1 ? new Question.SingleChoice(common, options)
                : new Question.MultipleResponse(common, options));
    }

    private Question trueFalse(String answers, Common common, String general) {
        String[] parts = answers.split("(?<!\\\\)#", -1);
        boolean answer = parts[0].toUpperCase(Locale.ROOT).startsWith("T");
        // GIFT: {TRUE#feedback for a wrong answer#feedback for the right answer}
        String wrong = parts.length > 1 ? GiftText.unescape(parts[1]) : "";
        String right = parts.length > 2 ? GiftText.unescape(parts[2]) : "";
        if (!general.isEmpty()) {
            wrong = (wrong + " " + general).strip();
            right = (right + " " + general).strip();
        }
        return new Question.TrueFalse(common, answer, answer ? right : wrong, answer ? wrong : right);
    }

    private Optional<Question> shortAnswer(GiftBlock block, List<Entry> entries, Common common, String general) {
        List<String> accepted = new ArrayList<>();
        String correctFeedback = "";
        for (Entry entry : entries) {
            if (entry.weight.isPresent() && entry.weight.get() < 100) {
                problems.warning(block, entry.index,
                        "the partial-credit answer '" + entry.text + "' (" + entry.weight.get()
                                + "%) is not accepted: a short answer is right or wrong");
                continue;
            }
            accepted.add(entry.text);
            if (correctFeedback.isEmpty()) {
                correctFeedback = entry.feedback;
            }
        }
        if (accepted.isEmpty()) {
            problems.error(block, entries.get(0).index, "no answer is accepted with full marks");
            return Optional.empty();
        }
        String correct = block.markers().getOrDefault("correct-feedback", correctFeedback);
        return Optional
                .of(new Question.ShortAnswer(common, accepted, new Feedback(GiftText.unescape(correct), general)));
    }

    private Optional<Question> matching(GiftBlock block, int offset, List<Entry> entries, Common common,
            String general) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (Entry entry : entries) {
            int arrow = entry.rawText.indexOf("->");
            String left = GiftText.unescape(entry.rawText.substring(0, arrow));
            String right = GiftText.unescape(entry.rawText.substring(arrow + 2));
            if (left.isEmpty() || right.isEmpty()) {
                problems.error(block, entry.index, "a pair needs a text on each side of '->'");
                return Optional.empty();
            }
            if (!lefts.add(left) || !rights.add(right)) {
                problems.error(block, entry.index, "'" + (lefts.contains(left) && !rights.add(right) ? right : left)
                        + "' is in two pairs: the match is ambiguous");
                return Optional.empty();
            }
            pairs.add(new Pair(left, right));
        }
        if (pairs.size() < 2) {
            problems.error(block, offset, "a matching question needs at least two pairs");
            return Optional.empty();
        }
        Feedback feedback = new Feedback(GiftText.unescape(block.markers().getOrDefault("correct-feedback", "")),
                general);
        if (block.markers().containsKey("ordering")) {
            Map<Integer, String> byPosition = new HashMap<>();
            for (Pair pair : pairs) {
                try {
                    byPosition.put(Integer.parseInt(pair.left()), pair.right());
                } catch (NumberFormatException e) {
                    problems.error(block, offset,
                            "an ordering question's pairs are numbered 1 -> first, 2 -> second...");
                    return Optional.empty();
                }
            }
            List<String> order = new ArrayList<>();
            for (int position = 1; position <= pairs.size(); position++) {
                if (!byPosition.containsKey(position)) {
                    problems.error(block, offset, "an ordering question lacks position " + position);
                    return Optional.empty();
                }
                order.add(byPosition.get(position));
            }
            return Optional.of(new Question.Ordering(common, order, feedback));
        }
        return Optional.of(new Question.Matching(common, pairs, feedback));
    }

    private Optional<Question> numeric(GiftBlock block, int offset, String body, Common common, String general) {
        String answer = body.strip();
        String correctFeedback = "";
        if (answer.startsWith("=") || answer.startsWith("~")) {
            List<Entry> entries = entries(block, offset, body);
            if (entries == null) {
                return Optional.empty();
            }
            Optional<Entry> full = entries.stream()
                    .filter(e -> e.marker == '=' && e.weight.map(w -> w >= 100).orElse(true)).findFirst();
            if (full.isEmpty()) {
                problems.error(block, offset, "no numeric answer has full marks");
                return Optional.empty();
            }
            entries.stream().filter(e -> e != full.get())
                    .forEach(e -> problems.warning(block, e.index, "the other numeric answer '"
                            + e.text + "' is not kept: one range is accepted"));
            answer = full.get().text;
            correctFeedback = full.get().feedback;
        } else {
            int hash = GiftText.find(answer, "#", 0);
            if (hash >= 0) {
                correctFeedback = GiftText.unescape(answer.substring(hash + 1));
                answer = answer.substring(0, hash);
            }
        }
        Optional<NumericRange> range = range(GiftText.unescape(answer));
        if (range.isEmpty()) {
            problems.error(block, offset, "'" + answer.strip() + "' is not a number, NUMBER:TOLERANCE or MIN..MAX");
            return Optional.empty();
        }
        String correct = block.markers().getOrDefault("correct-feedback", correctFeedback);
        return Optional
                .of(new Question.Numeric(common, range.get(), new Feedback(GiftText.unescape(correct), general)));
    }

    private static Optional<NumericRange> range(String text) {
        try {
            int dots = text.indexOf("..");
            if (dots >= 0) {
                double min = Double.parseDouble(text.substring(0, dots).strip());
                double max = Double.parseDouble(text.substring(dots + 2).strip());
                return min <= max ? Optional.of(new NumericRange(min, max)) : Optional.empty();
            }
            int colon = text.indexOf(':');
            if (colon >= 0) {
                double tolerance = Double.parseDouble(text.substring(colon + 1).strip());
                return tolerance < 0 ? Optional.empty()
                        : Optional.of(
                                NumericRange.around(Double.parseDouble(text.substring(0, colon).strip()), tolerance));
            }
            double value = Double.parseDouble(text.strip());
            return Optional.of(new NumericRange(value, value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

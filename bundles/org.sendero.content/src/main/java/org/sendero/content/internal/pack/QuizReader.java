package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.NumericRange;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Question.Pair;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;

/**
 * Reads quiz.LANG.yaml. Every item is checked on its own, so one broken item does not hide the
 * problems of the others; an item with a problem is left out of the quiz.
 */
final class QuizReader {

    private static final Set<String> COMMON_REQUIRED = Set.of("id", "type", "prompt");
    private static final Set<String> COMMON_OPTIONAL = Set.of("scenario", "ref");
    private static final Map<String, Set<String>> TYPE_REQUIRED = Map.of(
            "single", Set.of("options"), "multiple", Set.of("options"), "truefalse", Set.of("answer"),
            "short", Set.of("answers"), "matching", Set.of("pairs"), "ordering", Set.of("order"),
            "numeric", Set.of());
    private static final Map<String, Set<String>> TYPE_OPTIONAL = Map.of(
            "single", Set.of(), "multiple", Set.of(), "truefalse", Set.of("feedback"),
            "short", Set.of("feedback"), "matching", Set.of("feedback"), "ordering", Set.of("feedback"),
            "numeric", Set.of("answer", "tolerance", "range", "feedback"));

    private final String path;
    private final String lang;
    private final List<LinkUse> links;

    QuizReader(String path, String lang, List<LinkUse> links) {
        this.path = path;
        this.lang = lang;
        this.links = links;
    }

    /** The quiz, or empty when its own keys are broken; broken items are reported and left out. */
    Optional<Quiz> read(YamlNode root, int defaultPassMark) {
        Optional<YamlMap> map = root.asMap("a quiz");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlMap quiz = map.get().expect("a quiz", Set.of("id", "title", "items"),
                Set.of("pass_mark", "feedback", "attempts", "shuffle", "scenarios"));
        Optional<String> id = Fields.id(quiz, "id", "quiz id");
        Optional<LocalizedText> title = quiz.get("title").flatMap(node -> node.isScalar()
                ? node.asText("'title'").map(text -> LocalizedText.of(lang, text))
                : Fields.localized(quiz, "title", false));
        int passMark = quiz.get("pass_mark").map(node -> node.asInt("'pass_mark'", 0, 100).orElse(defaultPassMark))
                .orElse(defaultPassMark);
        FeedbackTiming timing = quiz.get("feedback").flatMap(node -> node.asText("'feedback'").flatMap(text -> {
            if (text.equals("immediate")) {
                return Optional.of(FeedbackTiming.IMMEDIATE);
            }
            if (text.equals("end")) {
                return Optional.of(FeedbackTiming.END);
            }
            node.error("'feedback' must be immediate or end, not '" + text + "'");
            return Optional.empty();
        })).orElse(FeedbackTiming.IMMEDIATE);
        int attempts = quiz.get("attempts").map(node -> node.asInt("'attempts'", 0, 1000).orElse(0)).orElse(0);
        boolean shuffle = quiz.get("shuffle").flatMap(node -> node.asBoolean("'shuffle'")).orElse(false);
        List<Scenario> scenarios = scenarios(quiz);
        Set<String> scenarioIds = new HashSet<>();
        scenarios.forEach(s -> scenarioIds.add(s.id()));
        List<Question> items = new ArrayList<>();
        Map<String, Integer> itemLines = new HashMap<>();
        quiz.get("items").flatMap(node -> node.asList("'items'")).ifPresent(list -> {
            if (list.isEmpty()) {
                quiz.get("items").get().error("the quiz has no items");
            }
            for (YamlNode item : list) {
                item(item, scenarioIds, itemLines).ifPresent(items::add);
            }
        });
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id.get(), lang, title.get(), passMark, timing, attempts, shuffle, scenarios, items,
                path));
    }

    private List<Scenario> scenarios(YamlMap quiz) {
        List<Scenario> scenarios = new ArrayList<>();
        quiz.get("scenarios").flatMap(node -> node.asList("'scenarios'")).ifPresent(list -> {
            for (YamlNode node : list) {
                node.asMap("a scenario").ifPresent(scenario -> {
                    scenario.expect("a scenario", Set.of("id", "text"), Set.of());
                    Optional<String> id = Fields.id(scenario, "id", "scenario id");
                    Optional<String> text = scenario.text("text");
                    if (id.isPresent() && scenarios.stream().anyMatch(s -> s.id().equals(id.get()))) {
                        scenario.get("id").get().error("duplicate scenario id '" + id.get() + "'");
                    } else if (id.isPresent() && text.isPresent()) {
                        scenarios.add(new Scenario(id.get(), text.get()));
                    }
                });
            }
        });
        return scenarios;
    }

    Optional<Question> item(YamlNode node, Set<String> scenarioIds, Map<String, Integer> itemLines) {
        Optional<YamlMap> found = node.asMap("a quiz item");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap item = found.get();
        Optional<String> type = item.text("type");
        if (type.isPresent() && !TYPE_REQUIRED.containsKey(type.get())) {
            item.get("type").get().error("unknown item type '" + type.get()
                    + "'; types: single, multiple, truefalse, short, matching, ordering, numeric");
            return Optional.empty();
        }
        Set<String> required = new HashSet<>(COMMON_REQUIRED);
        Set<String> optional = new HashSet<>(COMMON_OPTIONAL);
        type.ifPresent(t -> {
            required.addAll(TYPE_REQUIRED.get(t));
            optional.addAll(TYPE_OPTIONAL.get(t));
        });
        String what = type.map(t -> "a " + t + " item").orElse("a quiz item");
        item.expect(what, required, optional);
        Optional<String> id = Fields.id(item, "id", "item id");
        int errorsBefore = node.problems().sink().size();
        id.ifPresent(itemId -> {
            if (itemLines.containsKey(itemId)) {
                item.get("id").get()
                        .error("duplicate item id '" + itemId + "' (first at line " + itemLines.get(itemId) + ")");
            } else {
                itemLines.put(itemId, item.get("id").get().line());
            }
        });
        Optional<String> prompt = item.text("prompt");
        Optional<String> scenario = item.get("scenario").flatMap(value -> value.asText("'scenario'").filter(s -> {
            if (!scenarioIds.contains(s)) {
                value.error("no scenario with id '" + s + "' in this quiz");
                return false;
            }
            return true;
        }));
        Optional<ContentLink> ref = item.get("ref").flatMap(value -> value.asText("'ref'").flatMap(text -> {
            Optional<ContentLink> link = ContentLink.parse(text);
            if (link.isEmpty()) {
                value.error("'ref' must be guidance:ID#anchor or lesson:ID, not '" + text + "'");
            } else {
                links.add(new LinkUse(path, value.line() + node.problems().lineOffset(), value.column(), text, false,
                        lang, "quiz"));
            }
            return link;
        }));
        if (id.isEmpty() || prompt.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        Common common = new Common(id.get(), prompt.get(), scenario, ref);
        Optional<Question> question = switch (type.get()) {
            case "single", "multiple" -> choice(item, common, type.get().equals("single"));
            case "truefalse" -> trueFalse(item, common);
            case "short" -> item.get("answers").flatMap(v -> nonEmptyTexts(v, "'answers'", 1))
                    .map(answers -> new Question.ShortAnswer(common, answers, feedback(item)));
            case "matching" -> matching(item, common);
            case "ordering" -> item.get("order").flatMap(v -> nonEmptyTexts(v, "'order'", 2))
                    .map(order -> new Question.Ordering(common, order, feedback(item)));
            case "numeric" -> numeric(item, common);
            default -> Optional.empty();
        };
        // an item with any problem is left out rather than half-built
        return node.problems().sink().size() == errorsBefore ? question : Optional.empty();
    }

    private Optional<Question> choice(YamlMap item, Question.Common common, boolean single) {
        YamlNode optionsNode = item.get("options").orElse(null);
        if (optionsNode == null) {
            return Optional.empty();
        }
        Optional<List<YamlNode>> list = optionsNode.asList("'options'");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (YamlNode node : list.get()) {
            node.asMap("an option").ifPresent(option -> {
                option.expect("an option", Set.of("text"), Set.of("correct", "feedback"));
                Optional<String> text = option.text("text");
                boolean correct = option.get("correct").flatMap(v -> v.asBoolean("'correct'")).orElse(false);
                String feedback = option.get("feedback").flatMap(v -> v.asText("'feedback'")).orElse("");
                text.ifPresent(t -> {
                    if (!texts.add(t)) {
                        option.get("text").get().error("the option '" + t + "' is listed twice");
                    }
                    options.add(new Option(t, correct, feedback));
                });
            });
        }
        long correct = options.stream().filter(Option::correct).count();
        if (options.size() < 2) {
            optionsNode.error("item '" + common.id() + "' needs at least two options");
            return Optional.empty();
        }
        if (correct == 0) {
            optionsNode.error("item '" + common.id() + "' has no correct answer: mark an option with correct: true");
            return Optional.empty();
        }
        if (single && correct > 1) {
            optionsNode.error("single-choice item '" + common.id() + "' has " + correct
                    + " correct options; mark one, or use type: multiple");
            return Optional.empty();
        }
        return Optional.of(single ? new Question.SingleChoice(common, options)
                : new Question.MultipleResponse(common, options));
    }

    /** Feedback keyed by the learner's answer; YAML reads the keys true and false as booleans. */
    private Optional<Question> trueFalse(YamlMap item, Common common) {
        Optional<Boolean> answer = item.get("answer").flatMap(v -> v.asBoolean("'answer'"));
        String ifTrue = "";
        String ifFalse = "";
        Optional<YamlNode> feedbackNode = item.get("feedback");
        if (feedbackNode.isPresent()) {
            Optional<YamlMap> feedback = feedbackNode.get().asMap("'feedback' ({true: ..., false: ...})");
            if (feedback.isPresent()) {
                feedback.get().expect("true/false feedback", Set.of(), Set.of("true", "false"));
                ifTrue = feedback.get().text("true").orElse("");
                ifFalse = feedback.get().text("false").orElse("");
            }
        }
        boolean correct = answer.orElse(false);
        return answer.isPresent() ? Optional.of(new Question.TrueFalse(common, correct, ifTrue, ifFalse))
                : Optional.empty();
    }

    private Optional<Question> matching(YamlMap item, Common common) {
        YamlNode pairsNode = item.get("pairs").orElseThrow();
        return pairsNode.asList("'pairs'").flatMap(list -> {
            List<Pair> pairs = new ArrayList<>();
            Set<String> lefts = new HashSet<>();
            Set<String> rights = new HashSet<>();
            for (YamlNode node : list) {
                node.asMap("a pair ({left: ..., right: ...})").ifPresent(pair -> {
                    pair.expect("a pair", Set.of("left", "right"), Set.of());
                    Optional<String> left = pair.text("left");
                    Optional<String> right = pair.text("right");
                    if (left.isPresent() && !lefts.add(left.get())) {
                        pair.get("left").get()
                                .error("'" + left.get() + "' is on the left of two pairs: the match is ambiguous");
                    }
                    if (right.isPresent() && !rights.add(right.get())) {
                        pair.get("right").get()
                                .error("'" + right.get() + "' is on the right of two pairs: the match is ambiguous");
                    }
                    if (left.isPresent() && right.isPresent()) {
                        pairs.add(new Pair(left.get(), right.get()));
                    }
                });
            }
            if (pairs.size() < 2) {
                pairsNode.error("item '" + common.id() + "' needs at least two pairs to match");
                return Optional.empty();
            }
            return Optional.of(new Question.Matching(common, pairs, feedback(item)));
        });
    }

    private Optional<Question> numeric(YamlMap item, Common common) {
        Optional<YamlNode> answerNode = item.get("answer");
        Optional<YamlNode> toleranceNode = item.get("tolerance");
        Optional<YamlNode> rangeNode = item.get("range");
        if (answerNode.isPresent() == rangeNode.isPresent()) {
            item.node().error("numeric item '" + common.id() + "' needs either 'answer' (with an optional 'tolerance')"
                    + " or 'range: [min, max]'");
            return Optional.empty();
        }
        if (rangeNode.isPresent()) {
            if (toleranceNode.isPresent()) {
                toleranceNode.get().error("'tolerance' goes with 'answer', not with 'range'");
                return Optional.empty();
            }
            return rangeNode.get().asList("'range'").flatMap(bounds -> {
                if (bounds.size() != 2) {
                    rangeNode.get().error("'range' must be two numbers: [min, max]");
                    return Optional.empty();
                }
                OptionalDouble min = bounds.get(0).asNumber("the minimum");
                OptionalDouble max = bounds.get(1).asNumber("the maximum");
                if (min.isEmpty() || max.isEmpty()) {
                    return Optional.empty();
                }
                if (min.getAsDouble() > max.getAsDouble()) {
                    rangeNode.get().error("impossible numeric range [" + bounds.get(0).asText("").orElse("") + ", "
                            + bounds.get(1).asText("").orElse("") + "]: the minimum is above the maximum");
                    return Optional.empty();
                }
                return Optional.of(new Question.Numeric(common, new NumericRange(min.getAsDouble(), max.getAsDouble()),
                        feedback(item)));
            });
        }
        OptionalDouble answer = answerNode.get().asNumber("'answer'");
        OptionalDouble tolerance = toleranceNode.map(node -> node.asNumber("'tolerance'")).orElse(OptionalDouble.of(0));
        if (answer.isEmpty() || tolerance.isEmpty()) {
            return Optional.empty();
        }
        if (tolerance.getAsDouble() < 0) {
            toleranceNode.get().error("impossible numeric range: 'tolerance' is negative");
            return Optional.empty();
        }
        return Optional.of(new Question.Numeric(common,
                NumericRange.around(answer.getAsDouble(), tolerance.getAsDouble()), feedback(item)));
    }

    private static Feedback feedback(YamlMap item) {
        return item.get("feedback").flatMap(node -> node.asMap("'feedback' ({correct: ..., wrong: ...})")).map(map -> {
            map.expect("feedback", Set.of(), Set.of("correct", "wrong"));
            return new Feedback(map.text("correct").orElse(""), map.text("wrong").orElse(""));
        }).orElse(Feedback.NONE);
    }

    private static Optional<List<String>> nonEmptyTexts(YamlNode node, String what, int minimum) {
        return node.asTextList(what).flatMap(texts -> {
            if (texts.size() < minimum) {
                node.error(what + " needs at least " + minimum + (minimum == 1 ? " entry" : " entries"));
                return Optional.empty();
            }
            if (new HashSet<>(texts).size() != texts.size()) {
                node.error(what + " lists the same text twice");
                return Optional.empty();
            }
            return Optional.of(texts);
        });
    }
}

package org.sendero.content.gift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes a quiz as quiz.LANG.yaml in the pack format (docs/PACK-FORMAT.md), keys in the documented order. */
public final class QuizYaml {

    private QuizYaml() {
    }

    public static String write(Quiz quiz) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", quiz.id());
        root.put("title", new LinkedHashMap<>(quiz.title().byLanguage()));
        root.put("feedback", quiz.feedback().name().toLowerCase(java.util.Locale.ROOT));
        root.put("attempts", quiz.attempts());
        root.put("shuffle", quiz.shuffle());
        if (!quiz.scenarios().isEmpty()) {
            List<Object> scenarios = new ArrayList<>();
            for (Scenario scenario : quiz.scenarios()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", scenario.id());
                entry.put("text", scenario.text());
                scenarios.add(entry);
            }
            root.put("scenarios", scenarios);
        }
        List<Object> items = new ArrayList<>();
        quiz.items().forEach(item -> items.add(item(item)));
        root.put("items", items);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120)
                .setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true).build();
        return new Dump(settings).dumpToString(root);
    }

    /** One item as the map its YAML is written from, keys in the documented order. */
    public static Map<String, Object> item(Question item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", item.id());
        map.put("type", item.typeKey());
        item.common().scenario().ifPresent(s -> map.put("scenario", s));
        map.put("prompt", item.prompt());
        switch (item) {
            case Question.SingleChoice q -> map.put("options", options(q.options()));
            case Question.MultipleResponse q -> map.put("options", options(q.options()));
            case Question.TrueFalse q -> {
                map.put("answer", q.answer());
                Map<String, Object> feedback = new LinkedHashMap<>();
                if (!q.feedbackIfTrue().isEmpty()) {
                    feedback.put("true", q.feedbackIfTrue());
                }
                if (!q.feedbackIfFalse().isEmpty()) {
                    feedback.put("false", q.feedbackIfFalse());
                }
                if (!feedback.isEmpty()) {
                    map.put("feedback", feedback);
                }
            }
            case Question.ShortAnswer q -> {
                map.put("answers", q.accepted());
                feedback(q.feedback(), map);
            }
            case Question.Matching q -> {
                List<Object> pairs = new ArrayList<>();
                q.pairs().forEach(pair -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("left", pair.left());
                    entry.put("right", pair.right());
                    pairs.add(entry);
                });
                map.put("pairs", pairs);
                feedback(q.feedback(), map);
            }
            case Question.Ordering q -> {
                map.put("order", q.order());
                feedback(q.feedback(), map);
            }
            case Question.Numeric q -> {
                map.put("range", List.of(q.accepted().min(), q.accepted().max()));
                feedback(q.feedback(), map);
            }
        }
        item.common().ref().ifPresent(ref -> map.put("ref", ref.toString()));
        return map;
    }

    private static List<Object> options(List<Option> options) {
        List<Object> list = new ArrayList<>();
        for (Option option : options) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("text", option.text());
            if (option.correct()) {
                entry.put("correct", true);
            }
            if (!option.feedback().isEmpty()) {
                entry.put("feedback", option.feedback());
            }
            list.add(entry);
        }
        return list;
    }

    private static void feedback(Feedback feedback, Map<String, Object> map) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (!feedback.correct().isEmpty()) {
            entry.put("correct", feedback.correct());
        }
        if (!feedback.wrong().isEmpty()) {
            entry.put("wrong", feedback.wrong());
        }
        if (!entry.isEmpty()) {
            map.put("feedback", entry);
        }
    }
}

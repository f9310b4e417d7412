package org.sendero.starter.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendero.core.content.Course;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;

/**
 * Everything the starter pack says to a reader in one language, by the file that says it: lessons,
 * guidance documents, quizzes (prompts, options, answers, feedback, scenarios), glossary terms and
 * notes, and course and module titles, descriptions and objectives. Read through the model, so no
 * YAML key or front matter field is taken for prose.
 */
final class StarterTexts {

    private StarterTexts() {
    }

    /** File, relative to the pack, to its texts in {@code lang} (Markdown or plain). */
    static Map<String, List<String>> in(Pack pack, String lang) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (Course course : pack.courses()) {
            String courseFile = "courses/" + course.id() + "/course.yaml";
            add(texts, courseFile, course.title().byLanguage().get(lang));
            add(texts, courseFile, course.description().byLanguage().get(lang));
            for (Module module : course.modules()) {
                String moduleFile = "courses/" + course.id() + "/" + module.id() + "/module.yaml";
                add(texts, moduleFile, module.title().byLanguage().get(lang));
                add(texts, moduleFile, module.description().byLanguage().get(lang));
                module.objectives().getOrDefault(lang, List.of()).forEach(text -> add(texts, moduleFile, text));
                for (Lesson lesson : module.lessons()) {
                    if (lesson.lang().equals(lang)) {
                        add(texts, lesson.path(), lesson.title());
                        add(texts, lesson.path(), lesson.markdown());
                    }
                }
                for (Quiz quiz : module.quizzes()) {
                    if (quiz.lang().equals(lang)) {
                        add(texts, quiz.path(), quiz.title().byLanguage().get(lang));
                        quiz.scenarios().stream().map(Scenario::text).forEach(text -> add(texts, quiz.path(), text));
                        quiz.items().forEach(item -> itemTexts(item).forEach(text -> add(texts, quiz.path(), text)));
                    }
                }
            }
        }
        for (GuidanceDoc doc : pack.guidance()) {
            if (doc.lang().equals(lang)) {
                add(texts, doc.path(), doc.title());
                add(texts, doc.path(), doc.markdown());
            }
        }
        for (GlossaryTerm term : pack.glossary()) {
            term.terms().getOrDefault(lang, List.of()).forEach(text -> add(texts, "glossary.yaml", text));
            add(texts, "glossary.yaml", term.note().byLanguage().get(lang));
        }
        return texts;
    }

    private static void add(Map<String, List<String>> texts, String file, String text) {
        if (text != null && !text.isBlank()) {
            texts.computeIfAbsent(file, k -> new ArrayList<>()).add(text);
        }
    }

    /** What a learner reads of an item: its prompt, options, answers and feedback. */
    static List<String> itemTexts(Question item) {
        List<String> texts = new ArrayList<>(List.of(item.prompt()));
        switch (item) {
            case Question.SingleChoice single -> single.options().forEach(option -> {
                texts.add(option.text());
                texts.add(option.feedback());
            });
            case Question.MultipleResponse multiple -> multiple.options().forEach(option -> {
                texts.add(option.text());
                texts.add(option.feedback());
            });
            case Question.TrueFalse trueFalse -> texts.addAll(List.of(trueFalse.feedbackIfTrue(),
                    trueFalse.feedbackIfFalse()));
            case Question.ShortAnswer shortAnswer -> {
                // the first answer is the one shown; the others are what learners may type (without
                // accents, in English), not text anybody reads
                texts.add(shortAnswer.accepted().get(0));
                texts.addAll(List.of(shortAnswer.feedback().correct(), shortAnswer.feedback().wrong()));
            }
            case Question.Matching matching -> {
                matching.pairs().forEach(pair -> texts.addAll(List.of(pair.left(), pair.right())));
                texts.addAll(List.of(matching.feedback().correct(), matching.feedback().wrong()));
            }
            case Question.Ordering ordering -> {
                texts.addAll(ordering.order());
                texts.addAll(List.of(ordering.feedback().correct(), ordering.feedback().wrong()));
            }
            case Question.Numeric numeric -> texts.addAll(List.of(numeric.feedback().correct(),
                    numeric.feedback().wrong()));
        }
        return texts;
    }
}

package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Section;

/**
 * A learner who gets an item wrong is sent to a section that discusses it: the section shares at
 * least one content word with the item. A section in the quiz's language is compared with the
 * item; a section that exists only in English is compared with the English item of the same id.
 */
class QuizRefsTest {

    /** Words of five letters or more, less the few that every text of the pack shares. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");
    private static final Set<String> COMMON = Set.of("about", "after", "their", "there", "these", "those", "which",
            "while", "would", "could", "should", "where", "being", "other", "every", "under", "never", "always",
            "before", "person", "people", "persona", "personas", "personne", "personnes", "puede", "select", "apply",
            "correct", "correcto", "correcta", "exact", "incorrect", "incorrecto", "right", "wrong", "quite");

    private final Pack pack = StarterPackFixture.pack();

    static Set<String> contentWords(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(match -> match.group())
                .filter(word -> !COMMON.contains(word)).collect(Collectors.toSet());
    }

    /** The text a learner reads in an item: prompt, options and every feedback. */
    static String text(Question item) {
        Stream<String> own = switch (item) {
            case Question.SingleChoice single -> single.options().stream().flatMap(o -> Stream.of(o.text(), o.feedback()));
            case Question.MultipleResponse multiple -> multiple.options().stream().flatMap(o -> Stream.of(o.text(), o.feedback()));
            case Question.TrueFalse trueFalse -> Stream.of(trueFalse.feedbackIfTrue(), trueFalse.feedbackIfFalse());
            case Question.ShortAnswer shortAnswer -> Stream.concat(shortAnswer.accepted().stream(),
                    Stream.of(shortAnswer.feedback().correct(), shortAnswer.feedback().wrong()));
            case Question.Matching matching -> Stream.concat(matching.pairs().stream().flatMap(p -> Stream.of(p.left(), p.right())),
                    Stream.of(matching.feedback().correct(), matching.feedback().wrong()));
            case Question.Ordering ordering -> Stream.concat(ordering.order().stream(),
                    Stream.of(ordering.feedback().correct(), ordering.feedback().wrong()));
            case Question.Numeric numeric -> Stream.of(numeric.feedback().correct(), numeric.feedback().wrong());
        };
        return Stream.concat(Stream.of(item.prompt()), own).collect(Collectors.joining(" "));
    }

    /** Sections by "kind:id:lang" then anchor. */
    private Map<String, Map<String, Section>> sections() {
        Map<String, Map<String, Section>> sections = new HashMap<>();
        pack.guidance().forEach(doc -> sections.put("guidance:" + doc.id() + ":" + doc.lang(), byAnchor(doc.sections())));
        pack.courses().forEach(course -> course.modules().forEach(module -> module.lessons().forEach(lesson ->
                sections.put("lesson:" + lesson.id() + ":" + lesson.lang(), byAnchor(lesson.sections())))));
        return sections;
    }

    private static Map<String, Section> byAnchor(List<Section> sections) {
        return sections.stream().collect(Collectors.toMap(Section::anchor, section -> section, (a, b) -> a));
    }

    @Test
    void everyQuizRefLeadsToASectionThatSharesAWordWithTheItem() {
        Map<String, Map<String, Section>> sections = sections();
        List<String> problems = new ArrayList<>();
        pack.courses().forEach(course -> course.modules().forEach(module -> {
            Map<String, Question> english = module.quizzes().stream().filter(quiz -> quiz.lang().equals("en"))
                    .flatMap(quiz -> quiz.items().stream()).collect(Collectors.toMap(Question::id, item -> item, (a, b) -> a));
            for (Quiz quiz : module.quizzes()) {
                for (Question item : quiz.items()) {
                    Optional<ContentLink> ref = item.common().ref();
                    if (ref.isEmpty() || ref.get().anchor().isEmpty()) {
                        continue;
                    }
                    String target = ref.get().kind().scheme() + ":" + ref.get().id();
                    Question compared = item;
                    Map<String, Section> document = sections.get(target + ":" + quiz.lang());
                    if (document == null) {
                        document = sections.get(target + ":en");
                        compared = english.get(item.id());
                    }
                    Section section = document == null ? null : document.get(ref.get().anchor().get());
                    if (section == null || compared == null) {
                        continue; // a missing target is the validator's to report
                    }
                    Set<String> shared = contentWords(text(compared));
                    shared.retainAll(contentWords(section.title() + " " + section.text()));
                    if (shared.isEmpty()) {
                        problems.add(quiz.path() + " " + item.id() + ": " + ref.get() + " says nothing the item asks about");
                    }
                }
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void aSectionAboutSomethingElseSharesNoWord() {
        Set<String> item = contentWords("Which article of the Smuggling Protocol lists the aggravating circumstances?");
        item.retainAll(contentWords("Family tracing. Find parents or relatives and restore contact."));
        assertEquals(Set.of(), item);
    }
}

package org.sendero.content.internal.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sendero.content.Problem;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Section;

/**
 * A learner who answers an item wrongly is sent to the section its {@code ref} names: that section
 * must discuss the point. A section that shares no content word with the item (its prompt,
 * options and feedback) is almost always a ref copied from a neighbouring item, so it is a
 * warning. A section in the quiz's language is compared with the item; a section that exists only
 * in English, with the English item of the same id.
 */
final class QuizRefCheck {

    /** Words of five letters or more, less the few that every text of a pack shares. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");
    private static final Set<String> COMMON = Set.of("about", "after", "their", "there", "these", "those", "which",
            "while", "would", "could", "should", "where", "being", "other", "every", "under", "never", "always",
            "before", "person", "people", "persona", "personas", "personne", "personnes", "puede", "select", "apply",
            "correct", "correcto", "correcta", "exact", "incorrect", "incorrecto", "right", "wrong", "quite");

    private final PackReading reading;
    private final List<Course> courses;
    private final Map<String, Map<String, Section>> sections = new HashMap<>();

    QuizRefCheck(PackReading reading, List<GuidanceDoc> guidance, List<Course> courses) {
        this.reading = reading;
        guidance.forEach(doc -> sections.put(key("guidance", doc.id(), doc.lang()), byAnchor(doc.sections())));
        courses.forEach(course -> course.modules().forEach(module -> module.lessons().forEach(
                lesson -> sections.put(key("lesson", lesson.id(), lesson.lang()), byAnchor(lesson.sections())))));
        this.courses = courses;
    }

    void check() {
        courses.forEach(course -> course.modules().forEach(module -> {
            Map<String, Question> english = module.quizzes().stream().filter(quiz -> quiz.lang().equals("en"))
                    .flatMap(quiz -> quiz.items().stream())
                    .collect(Collectors.toMap(Question::id, item -> item, (a, b) -> a));
            for (Quiz quiz : module.quizzes()) {
                quiz.items().forEach(item -> check(quiz, item, english));
            }
        }));
    }

    private void check(Quiz quiz, Question item, Map<String, Question> english) {
        Optional<ContentLink> ref = item.common().ref();
        if (ref.isEmpty() || ref.get().anchor().isEmpty()) {
            return;
        }
        Question compared = item;
        Map<String, Section> document = sections.get(key(ref.get().kind().scheme(), ref.get().id(), quiz.lang()));
        if (document == null) {
            document = sections.get(key(ref.get().kind().scheme(), ref.get().id(), "en"));
            compared = english.get(item.id());
        }
        Section section = document == null ? null : document.get(ref.get().anchor().get());
        if (section == null || compared == null) {
            return; // a ref to nothing is the link check's to report
        }
        Set<String> shared = contentWords(text(compared));
        if (shared.isEmpty()) {
            return; // an item without a content word of its own cannot be compared
        }
        shared.retainAll(contentWords(section.title() + " " + section.text()));
        if (shared.isEmpty()) {
            reading.problems.add(Problem.warning(quiz.path(), lineOf(quiz.path(), item.id()), 1, "item " + item.id()
                    + ": its ref " + ref.get() + " leads to a section that shares no word with the item;"
                    + " point it to the section that discusses the point"));
        }
    }

    /** The line that names the item's id in its quiz file, so that the warning opens there. */
    private int lineOf(String path, String itemId) {
        List<String> lines = reading.files.text(path, new java.util.ArrayList<>()).orElse("").lines().toList();
        Pattern idLine = Pattern.compile("^\\s*-?\\s*id:\\s*[\"']?" + Pattern.quote(itemId) + "[\"']?\\s*$");
        for (int i = 0; i < lines.size(); i++) {
            if (idLine.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 1;
    }

    static Set<String> contentWords(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(match -> match.group())
                .filter(word -> !COMMON.contains(word)).collect(Collectors.toSet());
    }

    /** The text a learner reads in an item: prompt, options and every feedback. */
    static String text(Question item) {
        Stream<String> own = switch (item) {
            case Question.SingleChoice single ->
                single.options().stream().flatMap(o -> Stream.of(o.text(), o.feedback()));
            case Question.MultipleResponse multiple ->
                multiple.options().stream().flatMap(o -> Stream.of(o.text(), o.feedback()));
            case Question.TrueFalse trueFalse -> Stream.of(trueFalse.feedbackIfTrue(), trueFalse.feedbackIfFalse());
            case Question.ShortAnswer shortAnswer -> Stream.concat(shortAnswer.accepted().stream(),
                    Stream.of(shortAnswer.feedback().correct(), shortAnswer.feedback().wrong()));
            case Question.Matching matching ->
                Stream.concat(matching.pairs().stream().flatMap(p -> Stream.of(p.left(), p.right())),
                        Stream.of(matching.feedback().correct(), matching.feedback().wrong()));
            case Question.Ordering ordering -> Stream.concat(ordering.order().stream(),
                    Stream.of(ordering.feedback().correct(), ordering.feedback().wrong()));
            case Question.Numeric numeric -> Stream.of(numeric.feedback().correct(), numeric.feedback().wrong());
        };
        return Stream.concat(Stream.of(item.prompt()), own).filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static String key(String kind, String id, String lang) {
        return kind + ":" + id + ":" + lang;
    }

    private static Map<String, Section> byAnchor(List<Section> sections) {
        return sections.stream().collect(Collectors.toMap(Section::anchor, section -> section, (a, b) -> a));
    }
}

package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.Course;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;

/**
 * Most officials the pack serves read Spanish, and Haiti's read French: every lesson, quiz, guidance
 * document and glossary note of the starter pack is in English, Spanish and French, and every course
 * and module says so.
 */
class StarterLanguagesTest {

    private static final List<String> LANGUAGES = List.of("en", "es", "fr");

    private final Pack pack = StarterPackFixture.pack();

    @Test
    void everyLessonQuizAndGuidanceDocumentIsInEveryLanguage() {
        Map<String, Set<String>> missing = new TreeMap<>();
        Map<String, Set<String>> lessons = new TreeMap<>();
        Map<String, Set<String>> quizzes = new TreeMap<>();
        for (Course course : pack.courses()) {
            for (Module module : course.modules()) {
                module.lessons()
                        .forEach(lesson -> lessons.computeIfAbsent("lesson " + lesson.id(), id -> new TreeSet<>())
                                .add(lesson.lang()));
                module.quizzes().forEach(quiz -> quizzes.computeIfAbsent("quiz " + quiz.id(), id -> new TreeSet<>())
                        .add(quiz.lang()));
            }
        }
        Map<String, Set<String>> guidance = pack.guidance().stream().collect(Collectors.groupingBy(
                doc -> "guidance " + doc.id(), TreeMap::new,
                Collectors.mapping(doc -> doc.lang(), Collectors.toCollection(TreeSet::new))));
        for (Map<String, Set<String>> kind : List.of(lessons, quizzes, guidance)) {
            kind.forEach((id, languages) -> {
                Set<String> lacking = new TreeSet<>(LANGUAGES);
                lacking.removeAll(languages);
                if (!lacking.isEmpty()) {
                    missing.put(id, lacking);
                }
            });
        }
        assertEquals(Map.of(), missing, "documents without a translation");
        assertTrue(lessons.size() >= 60 && quizzes.size() >= 15 && guidance.size() >= 28,
                lessons.size() + " lessons, " + quizzes.size() + " quizzes, " + guidance.size()
                        + " guidance documents");
    }

    @Test
    void aQuizAsksTheSameItemsInEveryLanguage() {
        List<String> differences = new ArrayList<>();
        for (Course course : pack.courses()) {
            for (Module module : course.modules()) {
                Map<String, List<String>> itemsByLanguage = module.quizzes().stream()
                        .collect(Collectors.toMap(Quiz::lang,
                                quiz -> quiz.items().stream().map(Question::id).sorted().toList()));
                List<String> english = itemsByLanguage.get("en");
                itemsByLanguage.forEach((lang, items) -> {
                    if (!items.equals(english)) {
                        differences.add(module.id() + " " + lang + ": " + items + " against " + english);
                    }
                });
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void everyCourseDeclaresTheThreeLanguages() {
        List<String> partial = new ArrayList<>();
        for (Course course : pack.courses()) {
            if (!course.languages().containsAll(LANGUAGES)) {
                partial.add("course " + course.id() + " " + course.languages());
            }
        }
        assertEquals(List.of(), partial);
    }

    @Test
    void everyGlossaryTermAndNoteIsInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (GlossaryTerm term : pack.glossary()) {
            for (String lang : LANGUAGES) {
                if (term.terms().getOrDefault(lang, List.of()).isEmpty()) {
                    missing.add(term.id() + " has no " + lang + " term");
                }
                // a note written in English is written in every language (in() would fall back to English)
                if (term.note().byLanguage().containsKey("en") && !term.note().byLanguage().containsKey(lang)) {
                    missing.add(term.id() + " has no " + lang + " note");
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}

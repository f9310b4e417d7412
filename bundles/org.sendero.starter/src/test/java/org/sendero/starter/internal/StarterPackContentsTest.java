package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.Course;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;

/** What the starter pack promises officials: enough courses, lessons, quizzes, guidance and terms. */
class StarterPackContentsTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** A Markdown table (a decision table), or a section named as a checklist or a worked case. */
    private static final Pattern PRACTICAL = Pattern.compile(
            "(?m)^\\|[ :-]*-{3}|^#{2,4} .*(?i:checklist|scenario|case|decision|lista|escenario|caso|liste|scénario|cas pratique|tableau)");

    private final Pack pack = StarterPackFixture.pack();

    private List<Module> modules() {
        return pack.courses().stream().flatMap(course -> course.modules().stream()).toList();
    }

    private Course course(String id) {
        return pack.courses().stream().filter(course -> course.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no course " + id));
    }

    /** Words a reader reads: heading anchors and link targets are not counted. */
    static int words(String markdown) {
        String text = markdown.replaceAll("\\{#[^}]*\\}", " ").replaceAll("\\]\\([^)]*\\)", "] ");
        return (int) WORD.matcher(text).results().count();
    }

    @Test
    void fourCoursesWithTwelveModulesOfThreeToSixLessons() {
        assertEquals(Set.of("trafficking-in-persons", "migrant-smuggling", "vulnerable-migrants", "border-management"),
                pack.courses().stream().map(Course::id).collect(Collectors.toSet()));
        assertTrue(modules().size() >= 12, "modules: " + modules().size());
        for (Module module : modules()) {
            int lessons = module.lessonIds().size();
            assertTrue(lessons >= 3 && lessons <= 6, module.id() + " has " + lessons + " lessons");
        }
    }

    @Test
    void everyLessonInEveryLanguageHas400To1200WordsAndSomethingPractical() {
        List<String> problems = new ArrayList<>();
        for (Module module : modules()) {
            for (Lesson lesson : module.lessons()) {
                int words = words(lesson.markdown());
                if (words < 400 || words > 1200) {
                    problems.add(lesson.path() + ": " + words + " words");
                }
                if (!PRACTICAL.matcher(lesson.markdown()).find()) {
                    problems.add(lesson.path() + ": no checklist, worked scenario or decision table");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyModuleHasAQuizOfTenItemsOfFourTypesWithScenariosAndReferences() {
        List<String> problems = new ArrayList<>();
        for (Module module : modules()) {
            Optional<Quiz> english = module.quizzes().stream().filter(quiz -> quiz.lang().equals("en")).findFirst();
            if (english.isEmpty()) {
                problems.add(module.id() + ": no English quiz");
                continue;
            }
            for (Quiz quiz : module.quizzes()) {
                List<Question> items = quiz.items();
                Set<Class<?>> types = items.stream().map(Object::getClass).collect(Collectors.toSet());
                long scenarioItems = items.stream().filter(item -> item.common().scenario().isPresent()).count();
                if (items.size() < 10) {
                    problems.add(quiz.path() + ": " + items.size() + " items");
                }
                if (types.size() < 4) {
                    problems.add(quiz.path() + ": " + types.size() + " item types");
                }
                if (scenarioItems < 2) {
                    problems.add(quiz.path() + ": " + scenarioItems + " scenario items");
                }
                items.stream().filter(item -> item.common().ref().isEmpty())
                        .forEach(item -> problems.add(quiz.path() + " " + item.id() + ": no ref to reread"));
                items.forEach(item -> wrongAnswerFeedback(item).filter(String::isBlank)
                        .ifPresent(blank -> problems
                                .add(quiz.path() + " " + item.id() + ": a wrong answer gets no feedback")));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The feedback a learner gets for a wrong answer; for choice items, the emptiest wrong option's. */
    private static Optional<String> wrongAnswerFeedback(Question item) {
        return switch (item) {
            case Question.SingleChoice single -> single.options().stream().filter(option -> !option.correct())
                    .map(Question.Option::feedback).min((a, b) -> a.length() - b.length());
            case Question.MultipleResponse multiple -> multiple.options().stream().filter(option -> !option.correct())
                    .map(Question.Option::feedback).min((a, b) -> a.length() - b.length());
            case Question.TrueFalse trueFalse -> Optional.of(trueFalse.answer() ? trueFalse.feedbackIfFalse()
                    : trueFalse.feedbackIfTrue());
            case Question.ShortAnswer shortAnswer -> Optional.of(shortAnswer.feedback().wrong());
            case Question.Matching matching -> Optional.of(matching.feedback().wrong());
            case Question.Ordering ordering -> Optional.of(ordering.feedback().wrong());
            case Question.Numeric numeric -> Optional.of(numeric.feedback().wrong());
        };
    }

    @Test
    void theGuidanceLibraryHasTwentyFiveDocumentsAcrossDoctypesWithTheirMetadata() {
        List<GuidanceDoc> english = pack.guidance().stream().filter(doc -> doc.lang().equals("en")).toList();
        assertTrue(english.size() >= 25, "English guidance documents: " + english.size());
        assertTrue(english.stream().map(GuidanceDoc::doctype).flatMap(Optional::stream).distinct().count() >= 5,
                "policy, procedure, legal, factsheet and checklist all present");
        Set<String> subregions = english.stream().map(GuidanceDoc::subregion).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        assertTrue(subregions.containsAll(Set.of("north-america", "mesoamerica", "caribbean", "region-wide")),
                subregions.toString());
        List<String> incomplete = pack.guidance().stream()
                .filter(doc -> doc.topics().isEmpty() || doc.doctype().isEmpty() || doc.subregion().isEmpty()
                        || doc.year().isEmpty() || doc.sources().isEmpty())
                .map(GuidanceDoc::path).toList();
        assertEquals(List.of(), incomplete, "documents missing topics, doctype, subregion, year or source");
        assertTrue(english.stream().anyMatch(doc -> doc.id().equals("funding-table")
                && doc.doctype().map(Enum::name).orElse("").equalsIgnoreCase("factsheet")));
    }

    @Test
    void theGlossaryHasFortyTermsInThreeLanguagesAndRecordsTheFalseFriend() {
        List<GlossaryTerm> terms = pack.glossary();
        assertTrue(terms.size() >= 40, "glossary terms: " + terms.size());
        List<String> incomplete = terms.stream()
                .filter(term -> !term.terms().keySet().containsAll(Set.of("en", "es", "fr"))).map(GlossaryTerm::id)
                .toList();
        assertEquals(List.of(), incomplete, "terms without en, es and fr");

        GlossaryTerm smuggling = termWithSpanish(terms, "tráfico ilícito de migrantes");
        assertTrue(smuggling.terms().get("en").stream().anyMatch(term -> term.contains("smuggling")),
                smuggling.toString());
        GlossaryTerm trafficking = termWithSpanish(terms, "trata de personas");
        assertTrue(trafficking.terms().get("en").stream().anyMatch(term -> term.contains("trafficking")));
        assertFalse(trafficking.terms().get("es").stream().anyMatch(term -> term.startsWith("tráfico")),
                "a bare Spanish 'tráfico' is ambiguous, so it is never a term of trafficking (nor of smuggling)");
        assertFalse(smuggling.terms().get("es").contains("tráfico"),
                "a bare 'tráfico' is never expanded to smuggling either");
        assertFalse(smuggling.note().in("en").isBlank(), "the false friend is explained");
    }

    private static GlossaryTerm termWithSpanish(List<GlossaryTerm> terms, String spanish) {
        return terms.stream().filter(term -> term.terms().getOrDefault("es", List.of()).contains(spanish)).findFirst()
                .orElseThrow(() -> new AssertionError("no glossary term with Spanish '" + spanish + "'"));
    }

    @Test
    void traffickingAndSmugglingAreWhollyInSpanish() {
        for (String id : List.of("trafficking-in-persons", "migrant-smuggling")) {
            for (Module module : course(id).modules()) {
                assertEquals(languagesOf(module, "en"), languagesOf(module, "es"), module.id() + " lessons in Spanish");
                assertTrue(module.quizzes().stream().anyMatch(quiz -> quiz.lang().equals("es")),
                        module.id() + " quiz in Spanish");
            }
        }
    }

    @Test
    void everyCourseAndModuleIsDescribedInFrenchAndOneModuleIsWhollyFrench() {
        for (Course course : pack.courses()) {
            assertFalse(course.title().byLanguage().getOrDefault("fr", "").isBlank(), course.id());
            assertFalse(course.description().byLanguage().getOrDefault("fr", "").isBlank(), course.id());
            for (Module module : course.modules()) {
                assertFalse(module.title().byLanguage().getOrDefault("fr", "").isBlank(), module.id());
                assertFalse(module.description().byLanguage().getOrDefault("fr", "").isBlank(), module.id());
            }
        }
        assertTrue(modules().stream().anyMatch(module -> languagesOf(module, "fr").equals(languagesOf(module, "en"))
                && module.quizzes().stream().anyMatch(quiz -> quiz.lang().equals("fr"))),
                "one module wholly in French");
    }

    /** The lesson ids of {@code module} that exist in {@code language}. */
    private static Set<String> languagesOf(Module module, String language) {
        return module.lessons().stream().filter(lesson -> lesson.lang().equals(language)).map(Lesson::id)
                .collect(Collectors.toSet());
    }

    @Test
    void wordsAreCountedWithoutMarkupAnchorsOrLinkTargets() {
        assertEquals(5,
                words("## Means {#means}\n\n| Act | Means |\n|---|---|\n- l'acte, [see](guidance:tip-definition#act)"));
    }
}

package org.sendero.content.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.content.authoring.AuthoringFixtures.VALIDATOR;
import static org.sendero.content.authoring.AuthoringFixtures.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.content.testing.TestPacks;
import org.sendero.core.content.Course;
import org.sendero.core.content.DocType;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;

class PackScaffoldTest {

    @TempDir
    Path temp;

    private static List<Problem> errors(Path pack) {
        return VALIDATOR.validate(pack).problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void aNewPackThenCourseModuleLessonGuidanceAndQuizValidateAtEveryStep() throws Exception {
        Path folder = temp.resolve("office-pack");
        PackScaffold scaffold = AuthoringFixtures.newPack(folder);
        assertEquals(List.of(), errors(folder));

        Written course = scaffold
                .createCourse(new NewCourse("referral-basics", texts("Referral basics", "Referencia básica"),
                        null, List.of("en", "es"), OptionalInt.of(80)));
        assertEquals(folder.resolve("courses/referral-basics/course.yaml"), course.main());
        assertEquals(List.of(), errors(folder));

        Written module = scaffold.createModule(new NewModule("referral-basics", "first-contact",
                texts("The first contact", "El primer contacto"), null,
                Map.of("en", List.of("Offer a private place to talk"), "es", List.of("Ofrecer un lugar privado"))));
        assertEquals(folder.resolve("courses/referral-basics/first-contact/module.yaml"), module.main());
        assertEquals(List.of(), errors(folder));

        Written lesson = scaffold.createLesson(new NewLesson("referral-basics", "first-contact", "fc-safe-space",
                texts("A safe space", "Un espacio seguro"), 5));
        assertEquals(List.of(folder.resolve("courses/referral-basics/first-contact/fc-safe-space.en.md"),
                folder.resolve("courses/referral-basics/first-contact/fc-safe-space.es.md")), lesson.files());
        assertEquals(List.of(), errors(folder));

        Written guidance = scaffold.createGuidance(new NewGuidance("border-referral",
                texts("Referral at the northern crossing", "Referencia en el cruce norte"), List.of("protection"),
                Optional.of(DocType.PROCEDURE), Optional.of("mesoamerica"), OptionalInt.of(2025),
                List.of("sendero-practice")));
        assertEquals(folder.resolve("guidance/border-referral.en.md"), guidance.main());
        assertEquals(List.of(), errors(folder));

        Written quiz = scaffold.createQuiz(new NewQuiz("referral-basics", "first-contact", "first-contact-quiz", "en",
                LocalizedText.of("en", "Check your understanding"), FeedbackTiming.END,
                AuthoringFixtures.everyType(Optional.of("guidance:border-referral"))));
        assertEquals(folder.resolve("courses/referral-basics/first-contact/quiz.en.yaml"), quiz.main());
        Written translation = scaffold
                .createQuiz(new NewQuiz("referral-basics", "first-contact", "first-contact-quiz", "es",
                        LocalizedText.of("es", "Compruebe lo aprendido"), FeedbackTiming.END,
                        AuthoringFixtures.everyType(Optional.empty())));
        assertEquals(folder.resolve("courses/referral-basics/first-contact/quiz.es.yaml"), translation.main());

        PackReport report = VALIDATOR.validate(folder);
        assertEquals(List.of(), report.problems());
        Pack pack = report.pack().orElseThrow();
        Course read = pack.courses().get(0);
        assertEquals(80, read.passMark());
        Module first = read.modules().get(0);
        assertEquals(List.of("fc-safe-space"), first.lessonIds());
        assertEquals("Un espacio seguro", first.lesson("fc-safe-space", "es").orElseThrow().title());
        Quiz english = first.quiz("en").orElseThrow();
        assertEquals(AuthoringFixtures.everyType(Optional.of("guidance:border-referral")), english.items());
        assertEquals(FeedbackTiming.END, english.feedback());
        assertEquals(List.of("protection"), pack.guidance("border-referral", "es").orElseThrow().topics());
    }

    @Test
    void modulesAndLessonsAreAddedAtTheEndOfTheListsKeepingTheTrainersComments() throws Exception {
        Path folder = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, folder);
        Path courseYaml = folder.resolve("courses/c1/course.yaml");
        Files.writeString(courseYaml, """
                id: c1
                title: {en: Course one}
                # the order learners see
                modules:
                  - m1   # the first module
                # pass mark agreed with the office
                pass_mark: 70
                """);
        PackScaffold scaffold = new PackScaffold(folder, VALIDATOR);
        scaffold.createModule(new NewModule("c1", "m2", LocalizedText.of("en", "Module two"), null, null));
        scaffold.createModule(new NewModule("c1", "m3", LocalizedText.of("en", "Module three"), null, null));
        assertEquals("""
                id: c1
                title: {en: Course one}
                # the order learners see
                modules:
                  - m1   # the first module
                  - m2
                  - m3
                # pass mark agreed with the office
                pass_mark: 70
                """, Files.readString(courseYaml));
        scaffold.createLesson(new NewLesson("c1", "m1", "l2", LocalizedText.of("en", "Lesson two"), 0));
        assertTrue(Files.readString(folder.resolve("courses/c1/m1/module.yaml")).contains("lessons: [l1, l2]"));
        assertEquals(List.of("m1", "m2", "m3"), scaffold.modules("c1"));
        assertEquals(List.of(), errors(folder));
        assertEquals(List.of("m1", "m2", "m3"), VALIDATOR.validate(folder).pack().orElseThrow().courses().get(0)
                .modules().stream().map(Module::id).toList());
    }

    @Test
    void anIdInUseIsRefusedAndNothingIsWritten() throws Exception {
        Path folder = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, folder);
        PackScaffold scaffold = new PackScaffold(folder, VALIDATOR);
        assertEquals(java.util.Set.of("c1"), scaffold.idsInUse(PackScaffold.Kind.COURSE));
        assertEquals(java.util.Set.of("m1"), scaffold.idsInUse(PackScaffold.Kind.MODULE));
        assertEquals(java.util.Set.of("l1"), scaffold.idsInUse(PackScaffold.Kind.LESSON));
        assertEquals(java.util.Set.of("a-doc"), scaffold.idsInUse(PackScaffold.Kind.GUIDANCE));
        assertEquals(java.util.Set.of("m1-quiz"), scaffold.idsInUse(PackScaffold.Kind.QUIZ));
        Map<String, String> before = TestPacks.snapshot(folder);
        ContentException course = assertThrows(ContentException.class, () -> scaffold.createCourse(
                new NewCourse("c1", LocalizedText.of("en", "Again"), null, null, null)));
        assertTrue(course.getMessage().contains("the course id 'c1' is already used by courses/c1"),
                course.getMessage());
        ContentException module = assertThrows(ContentException.class, () -> scaffold.createModule(
                new NewModule("c1", "m1", LocalizedText.of("en", "Again"), null, null)));
        assertTrue(module.getMessage().contains("the module id 'm1' is already used"), module.getMessage());
        ContentException lesson = assertThrows(ContentException.class, () -> scaffold.createLesson(
                new NewLesson("c1", "m1", "l1", LocalizedText.of("en", "Again"), 0)));
        assertTrue(lesson.getMessage().contains("the lesson id 'l1' is already used by courses/c1/m1/l1.en.md"));
        ContentException guidance = assertThrows(ContentException.class, () -> scaffold.createGuidance(
                new NewGuidance("a-doc", LocalizedText.of("en", "Again"), null, null, null, null, null)));
        assertTrue(guidance.getMessage().contains("the guidance document id 'a-doc' is already used"));
        ContentException quiz = assertThrows(ContentException.class, () -> scaffold.createQuiz(new NewQuiz("c1", "m1",
                "m1-quiz", "en", LocalizedText.of("en", "Again"), null,
                AuthoringFixtures.everyType(Optional.empty()))));
        assertTrue(quiz.getMessage().contains("quiz.en.yaml:1:1: error: already exists"), quiz.getMessage());
        assertEquals(before, TestPacks.snapshot(folder));
        ContentException pack = assertThrows(ContentException.class, () -> AuthoringFixtures.newPack(folder));
        assertTrue(pack.getMessage().contains("the folder is not empty"), pack.getMessage());
        assertEquals(before, TestPacks.snapshot(folder));
    }

    @Test
    void badIdsAndTitlesAreRefusedWithTheReasonAndNothingIsWritten() throws Exception {
        Path folder = temp.resolve("pack");
        PackScaffold scaffold = AuthoringFixtures.newPack(folder);
        Map<String, String> before = TestPacks.snapshot(folder);
        ContentException course = assertThrows(ContentException.class, () -> scaffold.createCourse(
                new NewCourse("Trata_Personas", LocalizedText.of("es", "Trata"), null, List.of("fr"),
                        OptionalInt.of(120))));
        List<String> messages = course.problems().stream().map(Problem::message).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("must be lowercase letters, digits and single dashes"), messages.get(0));
        assertTrue(messages.get(1).contains("needs an English text"));
        assertTrue(messages.get(2).contains("language 'fr' is not declared in pack.yaml"));
        assertTrue(messages.get(3).contains("0 to 100"));
        assertEquals("courses/Trata_Personas/course.yaml", course.problems().get(0).path());
        assertThrows(ContentException.class, () -> scaffold.createModule(
                new NewModule("no-such-course", "m1", LocalizedText.of("en", "M"), null, null)));
        assertThrows(ContentException.class,
                () -> scaffold.createGuidance(new NewGuidance("g", LocalizedText.of("en", "G"),
                        List.of("weather"), null, Optional.of("europe"), OptionalInt.of(1800), null)));
        assertThrows(ContentException.class, () -> PackScaffold.createPack(temp.resolve("other"), new NewPack("x",
                "1.0", LocalizedText.of("en", "X"), null, List.of(), null, null), VALIDATOR));
        assertFalse(Files.exists(temp.resolve("other")));
        assertEquals(before, TestPacks.snapshot(folder));
    }

    @Test
    void aStepTheValidatorRefusesIsUndone() throws Exception {
        Path folder = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, folder);
        Files.writeString(folder.resolve("courses/c1/m1/module.yaml"),
                "id: m1\ntitle: {en: Module one}\nlessons: [l1]\n");
        Files.delete(folder.resolve("courses/c1/m1/quiz.en.yaml"));
        Map<String, String> before = TestPacks.snapshot(folder);
        PackScaffold scaffold = new PackScaffold(folder, VALIDATOR);
        // the ref names a guidance document the pack does not have
        ContentException refused = assertThrows(ContentException.class,
                () -> scaffold.createQuiz(new NewQuiz("c1", "m1",
                        "m1-quiz", "en", LocalizedText.of("en", "Quiz"), null,
                        AuthoringFixtures.everyType(Optional.of("guidance:nowhere")))));
        assertEquals("courses/c1/m1/quiz.en.yaml", refused.problems().get(0).path());
        assertTrue(refused.getMessage().contains("broken link: no guidance with id 'nowhere'"), refused.getMessage());
        assertEquals(before, TestPacks.snapshot(folder));

        Written written = scaffold
                .createQuiz(new NewQuiz("c1", "m1", "m1-quiz", "en", LocalizedText.of("en", "Quiz"), null,
                        AuthoringFixtures.everyType(Optional.of("guidance:a-doc#first"))));
        assertTrue(
                Files.readString(folder.resolve("courses/c1/m1/module.yaml")).endsWith("lessons: [l1]\nquiz: quiz\n"));
        assertEquals(List.of(folder.resolve("courses/c1/m1/quiz.en.yaml")), written.files());
        assertEquals(List.of(), errors(folder));
    }

    @Test
    void anErrorThatWasThereBeforeDoesNotStopAStep() throws Exception {
        Path folder = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, folder);
        Path courseYaml = folder.resolve("courses/c1/course.yaml");
        Files.writeString(courseYaml, Files.readString(courseYaml).replace("pass_mark: 70", "pass_mark: 170"));
        List<Problem> before = errors(folder);
        assertEquals(1, before.size(), before.toString());
        new PackScaffold(folder, VALIDATOR)
                .createModule(new NewModule("c1", "m2", LocalizedText.of("en", "Two"), null, null));
        assertTrue(Files.readString(courseYaml).contains("modules: [m1, m2]"));
        assertEquals(before.stream().map(Problem::message).toList(),
                errors(folder).stream().map(Problem::message).toList(),
                "the trainer's own error is still reported, and no other");
    }
}

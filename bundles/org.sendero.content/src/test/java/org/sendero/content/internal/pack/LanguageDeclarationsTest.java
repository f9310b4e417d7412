package org.sendero.content.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.content.internal.PackTools;
import org.sendero.content.internal.cli.ValidateCommand;

/**
 * A course, module or guidance document declares exactly the languages it has, and a lesson does
 * not send its reader to a document missing in the lesson's language. Each case starts from a small
 * pack in English and Spanish where every declaration is true, and changes one thing.
 */
class LanguageDeclarationsTest {

    @TempDir
    Path pack;

    private void write(String path, String text) throws IOException {
        Path file = pack.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String lesson(String lang, String body) {
        return "---\nid: l1\ntitle: Lesson one\nlang: " + lang + "\n---\n# Lesson one\n\n" + body + "\n";
    }

    /** Line 5 declares the languages. */
    private static String guidance(String id, String lang, String languages) {
        return "---\nid: " + id + "\ntitle: A document\nlang: " + lang + "\n"
                + (languages == null ? "" : "languages: " + languages + "\n") + "doctype: procedure\n---\n"
                + "# A document\n\nIntro.\n\n## First part {#first}\n\nText.\n";
    }

    private static String quiz(String prompt) {
        return "id: m1-quiz\ntitle: {en: Quiz}\nitems:\n  - id: q1\n    type: single\n    prompt: " + prompt + "\n"
                + "    options:\n      - {text: A, correct: true}\n      - {text: B}\n    ref: guidance:a-doc#first\n";
    }

    @BeforeEach
    void aPackInEnglishAndSpanish() throws IOException {
        write("pack.yaml", "id: test-pack\nversion: 1.0.0\ntitle: {en: Test pack}\nlanguages: [en, es, fr]\n");
        write("courses/c1/course.yaml", "id: c1\ntitle: {en: Course one}\nlanguages: [en, es]\nmodules: [m1]\n");
        write("courses/c1/m1/module.yaml", "id: m1\ntitle: {en: Module one}\nlessons: [l1]\nquiz: quiz\n");
        write("courses/c1/m1/l1.en.md", lesson("en", "See [the first part](guidance:a-doc#first)."));
        write("courses/c1/m1/l1.es.md", lesson("es", "Vea [la primera parte](guidance:a-doc#first)."));
        write("courses/c1/m1/quiz.en.yaml", quiz("Which one?"));
        write("courses/c1/m1/quiz.es.yaml", quiz("¿Cuál?"));
        write("guidance/a-doc.en.md", guidance("a-doc", "en", "[en, es]"));
        write("guidance/a-doc.es.md", guidance("a-doc", "es", "[en, es]"));
        // French is declared by the pack and used by one document, which declares nothing
        write("guidance/b-doc.en.md", guidance("b-doc", "en", null));
        write("guidance/b-doc.fr.md", guidance("b-doc", "fr", null));
    }

    private List<String> problems() {
        PackReport report = PackReader.read(pack);
        return report.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aPackWhoseDeclarationsAreTrueHasNoProblem() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aLanguageTheCourseDeclaresWithoutItsFilesIsAnErrorAtTheDeclaration() throws IOException {
        write("courses/c1/course.yaml", "id: c1\ntitle: {en: Course one}\nlanguages: [en, es, fr]\nmodules: [m1]\n");
        assertEquals(List.of(
                "courses/c1/course.yaml:3:1: error: declares language fr but has no French file for lesson l1"
                        + " (courses/c1/m1/l1.fr.md)",
                "courses/c1/course.yaml:3:1: error: declares language fr but has no French file for the quiz of"
                        + " module m1 (courses/c1/m1/quiz.fr.yaml)"),
                problems());
    }

    @Test
    void aPackInstalledBeforeTheRuleStillOpens() throws IOException {
        write("courses/c1/course.yaml", "id: c1\ntitle: {en: Course one}\nlanguages: [en, es, fr]\nmodules: [m1]\n");
        assertFalse(PackReader.read(pack).pack().isPresent(), "refused when it comes in");
        assertTrue(PackReader.readInstalled(pack).pack().isPresent(), "opened once installed");
    }

    @Test
    void aModulesOwnListIsTheDeclarationItsLessonsAreHeldTo() throws IOException {
        write("courses/c1/m1/module.yaml",
                "id: m1\ntitle: {en: Module one}\nlessons: [l1]\nquiz: quiz\n# overrides the course\nlanguages: [es, fr]\n");
        assertEquals(List.of(
                "courses/c1/m1/l1.en.md:1:1: error: written in en but courses/c1/m1/module.yaml:6 does not declare en",
                "courses/c1/m1/module.yaml:6:1: error: declares language fr but has no French file for lesson l1"
                        + " (courses/c1/m1/l1.fr.md)",
                "courses/c1/m1/module.yaml:6:1: error: declares language fr but has no French file for the quiz of"
                        + " module m1 (courses/c1/m1/quiz.fr.yaml)",
                "courses/c1/m1/quiz.en.yaml:1:1: error: written in en but courses/c1/m1/module.yaml:6 does not"
                        + " declare en"),
                problems());
    }

    @Test
    void aCourseWithoutAListDeclaresThePacksLanguages() throws IOException {
        write("courses/c1/course.yaml", "id: c1\ntitle: {en: Course one}\nmodules: [m1]\n");
        assertEquals(List.of(
                "pack.yaml:4:1: error: declares language fr but has no French file for lesson l1"
                        + " (courses/c1/m1/l1.fr.md)",
                "pack.yaml:4:1: error: declares language fr but has no French file for the quiz of module m1"
                        + " (courses/c1/m1/quiz.fr.yaml)"),
                problems());
    }

    @Test
    void aFileInALanguageTheCourseDoesNotDeclareIsAnError() throws IOException {
        write("courses/c1/m1/l1.fr.md", lesson("fr", "Voir [la première partie](guidance:b-doc#first)."));
        assertEquals(List.of(
                "courses/c1/m1/l1.fr.md:1:1: error: written in fr but courses/c1/course.yaml:3 does not declare fr"),
                problems());
    }

    @Test
    void aGuidanceDocumentDeclaringALanguageItLacksIsAnErrorAtEachDeclaration() throws IOException {
        write("guidance/a-doc.en.md", guidance("a-doc", "en", "[en, es, fr]"));
        write("guidance/a-doc.es.md", guidance("a-doc", "es", "[en, es, fr]"));
        assertEquals(List.of(
                "guidance/a-doc.en.md:5:1: error: declares language fr but has no French file for guidance document"
                        + " a-doc (guidance/a-doc.fr.md)",
                "guidance/a-doc.es.md:5:1: error: declares language fr but has no French file for guidance document"
                        + " a-doc (guidance/a-doc.fr.md)"),
                problems());
    }

    @Test
    void aGuidanceTranslationItsDocumentDoesNotDeclareIsAnError() throws IOException {
        write("guidance/a-doc.fr.md", guidance("a-doc", "fr", null));
        assertEquals(List.of(
                "guidance/a-doc.fr.md:1:1: error: written in fr but guidance/a-doc.en.md:5 does not declare fr",
                "guidance/a-doc.fr.md:1:1: error: written in fr but guidance/a-doc.es.md:5 does not declare fr"),
                problems());
    }

    @Test
    void aLessonLinkingToADocumentMissingInItsLanguageIsAWarning() throws IOException {
        write("courses/c1/m1/l1.es.md", lesson("es", "Vea [la primera parte](guidance:a-doc#first).\n\n"
                + "Y [otra guía](guidance:b-doc) que solo existe en inglés y francés."));
        List<String> problems = problems();
        assertEquals(List.of("courses/c1/m1/l1.es.md:10:15: warning: links to guidance:b-doc, which has no Spanish"
                + " version"), problems);
        // the same link from English is fine: b-doc is in English
        write("courses/c1/m1/l1.en.md", lesson("en", "See [the first part](guidance:a-doc#first) and [another"
                + " document](guidance:b-doc)."));
        assertEquals(problems, problems());
    }

    @Test
    void aLinkToNoDocumentAtAllIsTheBrokenLinkErrorOnly() throws IOException {
        write("courses/c1/m1/l1.es.md", lesson("es", "Vea [nada](guidance:nowhere)."));
        assertEquals(List.of("courses/c1/m1/l1.es.md:8:12: error: broken link: no guidance with id 'nowhere'"),
                problems());
    }

    @Test
    void validateListsTheLanguageErrorsOneALineAndExitsNonZero() throws IOException {
        write("courses/c1/course.yaml", "id: c1\ntitle: {en: Course one}\nlanguages: [en, es, fr]\nmodules: [m1]\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String shown = pack.toString();
        int exit = new ValidateCommand(new PackTools()).run(List.of(shown),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, exit);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(shown + "/courses/c1/course.yaml:3:1: error: declares language fr but has no French file for"
                + " lesson l1 (courses/c1/m1/l1.fr.md)", lines.get(0));
        assertEquals(shown + ": not valid (2 errors, 0 warnings)", out.toString(StandardCharsets.UTF_8).strip());
        assertFalse(PackReader.read(pack).pack().isPresent(), "a pack with an error is not read into the model");
        assertTrue(lines.get(1).contains("the quiz of module m1"));
    }
}

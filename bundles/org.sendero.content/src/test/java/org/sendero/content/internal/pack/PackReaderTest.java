package org.sendero.content.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.core.content.Course;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;

class PackReaderTest {

    static final Path PACKS = Path.of("src/test/packs");
    static final Path STARTER = Path.of("../org.sendero.starter/pack");

    static Stream<String> brokenPacks() throws IOException {
        try (Stream<Path> cases = Files.list(PACKS.resolve("broken"))) {
            return cases.map(path -> path.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Each broken pack comes with the exact problems, one per line, that the validator must print. */
    @ParameterizedTest
    @MethodSource("brokenPacks")
    void aBrokenPackGetsExactlyItsExpectedProblems(String name) throws IOException {
        Path folder = PACKS.resolve("broken").resolve(name);
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8);
        PackReport report = PackReader.read(folder.resolve("pack"));
        assertEquals(expected, report.problems().stream().map(Problem::toString).toList());
        assertFalse(expected.isEmpty());
    }

    @Test
    void theBrokenPacksCoverEveryKindOfProblemTheIssueNames() throws IOException {
        assertTrue(brokenPacks().toList()
                .containsAll(List.of("yaml-syntax", "unknown-and-missing-keys", "duplicate-ids",
                        "missing-files", "broken-links", "no-correct-answer", "numeric-range",
                        "missing-translations")));
    }

    @Test
    void theSmallValidPackHasNoProblemAndReadsIntoTheModel() {
        PackReport report = PackReader.read(PACKS.resolve("valid"));
        assertEquals(List.of(), report.problems());
        Pack pack = report.pack().orElseThrow();
        assertEquals("test-pack", pack.id());
        assertEquals("1.0.0", pack.info().version().toString());
        GuidanceDoc doc = pack.guidance("a-doc", "en").orElseThrow();
        assertEquals("A document", doc.title());
        assertEquals(List.of("a-document", "first"), doc.sections().stream().map(s -> s.anchor()).toList());
        Course course = pack.courses().get(0);
        Quiz quiz = course.modules().get(0).quiz("en").orElseThrow();
        assertEquals(70, quiz.passMark());
        Question.SingleChoice item = (Question.SingleChoice) quiz.items().get(0);
        assertEquals("guidance:a-doc#first", item.common().ref().orElseThrow().toString());
    }

    @Test
    void anInstalledPackReadsIntoTheSameModelWithTheSameSections() {
        Pack checked = PackReader.read(STARTER).pack().orElseThrow();
        Pack installed = PackReader.readInstalled(STARTER).pack().orElseThrow();
        assertEquals(checked, installed);
        for (GuidanceDoc doc : checked.guidance()) {
            GuidanceDoc same = installed.guidance(doc.id(), doc.lang()).orElseThrow();
            assertEquals(doc.sections(), same.sections(), doc.path());
        }
        checked.courses().stream().flatMap(course -> course.modules().stream())
                .flatMap(module -> module.lessons().stream())
                .forEach(lesson -> assertEquals(lesson.sections(), installed.courses().stream()
                        .flatMap(course -> course.modules().stream()).flatMap(module -> module.lessons().stream())
                        .filter(other -> other.path().equals(lesson.path())).findFirst().orElseThrow().sections(),
                        lesson.path()));
    }

    /**
     * An installed pack was checked in full when it was installed; reading it again checks its YAML
     * and front matter but does not parse its Markdown for links and anchors.
     */
    @Test
    void anInstalledPackIsNotCheckedForLinksAgainButStillForItsYaml() {
        Path links = PACKS.resolve("broken/broken-links/pack");
        assertTrue(PackReader.read(links).hasErrors());
        assertEquals(List.of(), PackReader.readInstalled(links).problems().stream().filter(Problem::isError).toList());

        Path yaml = PACKS.resolve("broken/unknown-and-missing-keys/pack");
        assertEquals(PackReader.read(yaml).problems().stream().filter(Problem::isError).toList(),
                PackReader.readInstalled(yaml).problems().stream().filter(Problem::isError).toList());
    }

    @Test
    void theStarterPackIsValidWithoutASingleWarning() {
        PackReport report = PackReader.read(STARTER);
        assertEquals(List.of(), report.problems().stream().map(Problem::toString).toList());
        Pack pack = report.pack().orElseThrow();
        assertEquals("sendero-starter", pack.id());
        assertEquals(List.of("trafficking-in-persons", "migrant-smuggling", "vulnerable-migrants", "border-management"),
                pack.courses().stream().map(Course::id).toList(), "the courses in the order pack.yaml lists them");
        assertTrue(pack.guidance().size() >= 30, "guidance documents: " + pack.guidance().size());
        assertTrue(pack.glossary().stream().anyMatch(term -> term.id().equals("migrant-smuggling")));
        // every kind of item of the format is used and read
        long kinds = pack.courses().stream().flatMap(c -> c.modules().stream()).flatMap(m -> m.quizzes().stream())
                .flatMap(q -> q.items().stream()).map(Object::getClass).distinct().count();
        assertEquals(7, kinds);
    }

    @Test
    void theExampleOfTheFormatDocumentIsValid() {
        PackReport report = PackReader.read(Path.of("../../docs/example-pack"));
        assertEquals(List.of(), report.problems().stream().map(Problem::toString).toList());
        assertEquals(2, report.pack().orElseThrow().guidance().size());
    }

    @Test
    void trueFalseFeedbackKeyedByYamlBooleansIsRead() {
        Quiz quiz = PackReader.read(STARTER).pack().orElseThrow().courses().stream()
                .filter(c -> c.id().equals("trafficking-in-persons")).findFirst().orElseThrow()
                .modules().get(0).quiz("en").orElseThrow();
        Question.TrueFalse q3 = (Question.TrueFalse) quiz.items().stream().filter(i -> i.id().equals("q3")).findFirst()
                .orElseThrow();
        assertFalse(q3.answer());
        assertTrue(q3.feedbackIfTrue().startsWith("Incorrect."), q3.feedbackIfTrue());
        assertTrue(q3.feedbackIfFalse().startsWith("Correct."), q3.feedbackIfFalse());
    }
}

package org.sendero.content.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.content.authoring.AuthoringFixtures.VALIDATOR;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.content.gift.GiftReader;
import org.sendero.content.gift.ImportedQuiz;
import org.sendero.content.testing.TestPacks;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;

class GiftImportTest {

    private static final Path CORPUS = Path.of("src/test/gift/corpus.gift");

    @TempDir
    Path temp;

    private Path pack() throws Exception {
        Path folder = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, folder);
        return folder;
    }

    @Test
    void aModuleWithoutAQuizGetsOneWithTheItemsTakenAndTheConstructsRefusedAtTheirLines() throws Exception {
        Path folder = pack();
        new PackScaffold(folder, VALIDATOR)
                .createModule(new NewModule("c1", "m2", LocalizedText.of("en", "Two"), null, null));
        Path module = folder.resolve("courses/c1/m2");
        ImportReport report = new GiftImport(VALIDATOR).into(module, CORPUS,
                new GiftImport.Options("en", Optional.empty(), Optional.empty(), GiftImport.Mode.NEW));
        ImportedQuiz expected = GiftReader.read(Files.readString(CORPUS), CORPUS.toString());
        assertEquals(module.resolve("quiz.en.yaml"), report.quizFile());
        assertEquals(expected.items(), report.taken());
        assertEquals(expected.problems(), report.refused());
        assertEquals(5, report.refused().size());
        assertTrue(report.refused().stream().allMatch(p -> p.path().equals(CORPUS.toString()) && p.line() > 1),
                report.refused().toString());
        assertFalse(report.appended());
        assertTrue(Files.readString(module.resolve("module.yaml")).endsWith("quiz: quiz\n"));
        PackReport validated = VALIDATOR.validate(folder);
        assertEquals(List.of(), validated.problems().stream().filter(Problem::isError).toList());
        Quiz quiz = validated.pack().orElseThrow().courses().get(0).modules().get(1).quiz("en").orElseThrow();
        assertEquals("m2-quiz", quiz.id());
        assertEquals(expected.items(), quiz.items());
    }

    @Test
    void itemsAddedToAnExistingQuizGetFreshIdsWhereTheQuizUsesThem() throws Exception {
        Path folder = pack();
        Path module = folder.resolve("courses/c1/m1");
        Path gift = temp.resolve("bank.gift");
        Files.writeString(gift, """
                ::q1:: The right answer? {=This ~That}

                ::q9:: Is it so? {T}
                """);
        ImportReport report = new GiftImport(VALIDATOR).into(module, gift,
                new GiftImport.Options("en", Optional.empty(), Optional.empty(), GiftImport.Mode.APPEND));
        assertTrue(report.appended());
        assertEquals(List.of("q2", "q9"), report.taken().stream().map(Question::id).toList());
        PackReport validated = VALIDATOR.validate(folder);
        assertEquals(List.of(), validated.problems());
        Quiz quiz = validated.pack().orElseThrow().courses().get(0).modules().get(0).quiz("en").orElseThrow();
        assertEquals("m1-quiz", quiz.id());
        assertEquals(List.of("q1", "q2", "q9"), quiz.items().stream().map(Question::id).toList());
        assertEquals(report.taken(), quiz.items().subList(1, 3));
    }

    @Test
    void aMalformedFileOrAnExistingQuizChangesNothing() throws Exception {
        Path folder = pack();
        Path module = folder.resolve("courses/c1/m1");
        Map<String, String> before = TestPacks.snapshot(folder);
        ContentException malformed = assertThrows(ContentException.class, () -> new GiftImport(VALIDATOR).into(module,
                Path.of("src/test/gift/malformed.gift"),
                new GiftImport.Options("en", Optional.empty(), Optional.empty(), GiftImport.Mode.REPLACE)));
        assertTrue(malformed.problems().stream().anyMatch(Problem::isError));
        ContentException exists = assertThrows(ContentException.class,
                () -> new GiftImport(VALIDATOR).into(module, CORPUS,
                        new GiftImport.Options("en", Optional.empty(), Optional.empty(), GiftImport.Mode.NEW)));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        assertEquals(before, TestPacks.snapshot(folder));
    }
}

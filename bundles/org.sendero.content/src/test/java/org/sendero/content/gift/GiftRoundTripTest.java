package org.sendero.content.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.PackReport;
import org.sendero.content.internal.ContentService;
import org.sendero.content.internal.PackTools;
import org.sendero.content.internal.cli.GiftCommand;
import org.sendero.content.internal.store.PackStore;
import org.sendero.content.testing.TestPacks;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;

class GiftRoundTripTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(GiftCommand command, String... arguments) {
        out.reset();
        err.reset();
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<Quiz> starterQuizzes() {
        Pack starter = new PackTools().validate(TestPacks.STARTER).pack().orElseThrow();
        return starter.courses().stream().flatMap(c -> c.modules().stream()).flatMap(m -> m.quizzes().stream())
                .toList();
    }

    @Test
    void everyStarterQuizExportedToGiftImportsAsTheSameItems() {
        List<Quiz> quizzes = starterQuizzes();
        assertTrue(quizzes.size() >= 12, "quizzes in the starter pack: " + quizzes.size());
        int items = 0;
        for (Quiz quiz : quizzes) {
            String gift = GiftWriter.write(quiz);
            ImportedQuiz back = GiftReader.read(gift, quiz.path());
            assertEquals(List.of(), back.problems(), quiz.path());
            assertEquals(quiz.items(), back.items(), quiz.path());
            assertEquals(quiz.scenarios(), back.scenarios(), quiz.path());
            items += back.items().size();
        }
        long kinds = quizzes.stream().flatMap(q -> q.items().stream()).map(Question::getClass).distinct().count();
        assertEquals(7, kinds, "the starter pack uses every item kind, so every kind went both ways");
        assertTrue(items > 80);
    }

    @Test
    void giftImportedIntoAModuleFolderIsAQuizTheValidatorAccepts() throws Exception {
        Path pack = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, pack);
        Path module = pack.resolve("courses/c1/m1");
        Files.delete(module.resolve("quiz.en.yaml"));
        PackTools tools = new PackTools();
        GiftCommand gift = new GiftCommand(new ContentService(new PackStore(temp.resolve("data/packs"))), tools);
        assertEquals(0, run(gift, "import", "src/test/gift/corpus.gift", "--into", module.toString()));
        assertTrue(
                out.toString(StandardCharsets.UTF_8)
                        .startsWith("Wrote " + module.resolve("quiz.en.yaml") + ": 11 items, 5 warnings"),
                out.toString(StandardCharsets.UTF_8));
        PackReport report = tools.validate(pack);
        assertEquals(List.of(), report.problems().stream().filter(p -> p.path().contains("quiz")).toList());
        Quiz imported = report.pack().orElseThrow().courses().get(0).modules().get(0).quizzes().get(0);
        assertEquals(GiftReader.read(Files.readString(Path.of("src/test/gift/corpus.gift")), "x").items(),
                imported.items());
        assertEquals("m1-quiz", imported.id());

        assertEquals(1, run(gift, "import", "src/test/gift/corpus.gift", "--into", module.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).endsWith(
                "quiz.en.yaml:1:1: error: already exists; use --force to replace it or --append to add to it\n"));
        byte[] before = Files.readAllBytes(module.resolve("quiz.en.yaml"));
        assertEquals(1, run(gift, "import", "src/test/gift/malformed.gift", "--into", module.toString(), "--force"));
        assertTrue(err.toString(StandardCharsets.UTF_8).endsWith("sendero gift: nothing was written\n"));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(module.resolve("quiz.en.yaml")));
        assertEquals(0, run(gift, "import", "src/test/gift/bank.txt", "--into", module.toString(), "--force"));
        assertFalse(tools.validate(pack).hasErrors());
    }

    @Test
    void anInstalledQuizIsExportedByItsId() throws Exception {
        ContentService content = new ContentService(new PackStore(temp.resolve("data/packs")));
        content.install(TestPacks.VALID, false);
        GiftCommand gift = new GiftCommand(content, new PackTools());
        Pack pack = content.load("test-pack").pack().orElseThrow();
        Course course = pack.courses().get(0);
        Module module = course.modules().get(0);
        String quizId = module.quizzes().get(0).id();
        assertEquals(0, run(gift, "export", quizId));
        assertEquals(GiftWriter.write(module.quizzes().get(0)), out.toString(StandardCharsets.UTF_8));
        assertEquals(1, run(gift, "export", "no-such-quiz"));
        assertEquals("sendero gift: no quiz 'no-such-quiz' in the installed packs\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run(gift, "import", "x.gift"));
    }
}

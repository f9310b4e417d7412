package org.sendero.content.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.content.authoring.AuthoringFixtures.VALIDATOR;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.content.testing.TestPacks;
import org.sendero.core.content.Question;

class QuizItemsTest {

    @TempDir
    Path temp;

    @Test
    void everyItemTypeWrittenAsYamlReadsBackAsTheSameItem() {
        List<Question> items = AuthoringFixtures.everyType(Optional.of("guidance:a-doc#first"));
        assertEquals(7, items.stream().map(Question::typeKey).distinct().count());
        for (Question item : items) {
            String yaml = QuizItems.yaml(item);
            assertTrue(yaml.startsWith("id: " + item.id() + "\ntype: " + item.typeKey() + "\n"), yaml);
            ItemCheck check = QuizItems.read(yaml, "item.yaml", "en", Set.of());
            assertEquals(List.of(), check.problems(), yaml);
            assertEquals(Optional.of(item), check.item(), yaml);
        }
    }

    @Test
    void anItemThatCannotBeAnsweredIsReportedAtItsLine() {
        ItemCheck check = QuizItems.read("""
                id: q1
                type: single
                prompt: Which one?
                options:
                  - {text: This one, correct: true}
                  - {text: That one, correct: true}
                """, "item.yaml", "en", Set.of());
        assertEquals(Optional.empty(), check.item());
        Problem problem = check.problems().get(0);
        assertTrue(problem.isError());
        assertTrue(problem.message().contains("has 2 correct options; mark one"), problem.message());
        assertEquals("item.yaml", problem.path());
        assertTrue(problem.line() >= 4, problem.toString());

        ItemCheck unknown = QuizItems.read("id: q1\ntype: essay\nprompt: Tell us\n", "item.yaml", "en", Set.of());
        assertEquals(2, unknown.problems().get(0).line());
        ItemCheck scenario = QuizItems.read("id: q1\ntype: truefalse\nscenario: bus\nprompt: Yes?\nanswer: true\n",
                "item.yaml", "en", Set.of("night-bus"));
        assertTrue(scenario.problems().get(0).message().contains("no scenario with id 'bus'"));
    }

    @Test
    void everyItemTypeAddedToAQuizFilePassesTheValidator() throws Exception {
        Path folder = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, folder);
        String quizPath = "courses/c1/m1/quiz.en.yaml";
        Files.writeString(folder.resolve(quizPath),
                Files.readString(folder.resolve(quizPath)) + "# kept: a comment at the end\n");
        QuizItems quizItems = new QuizItems(folder, VALIDATOR);
        List<Question> added = AuthoringFixtures.everyType(Optional.of("guidance:a-doc#first")).subList(1, 7);
        for (Question item : added) {
            quizItems.add(quizPath, item);
        }
        PackReport report = VALIDATOR.validate(folder);
        assertEquals(List.of(), report.problems());
        List<Question> read = report.pack().orElseThrow().courses().get(0).modules().get(0).quizzes().get(0).items();
        assertEquals(added, read.subList(1, 7));
        assertTrue(Files.readString(folder.resolve(quizPath)).contains("# kept: a comment at the end"));
        assertEquals("q8", QuizItems.nextItemId(QuizItems.itemIds(Files.readString(folder.resolve(quizPath)))));

        Map<String, String> before = TestPacks.snapshot(folder);
        ContentException twice = assertThrows(ContentException.class, () -> quizItems.add(quizPath, added.get(0)));
        assertTrue(twice.getMessage().contains("already has an item 'q2'"), twice.getMessage());
        assertEquals(before, TestPacks.snapshot(folder));
    }
}

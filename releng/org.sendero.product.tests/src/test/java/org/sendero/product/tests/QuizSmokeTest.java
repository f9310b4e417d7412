package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/** A starter quiz taken in the installed product with answers piped in, as a script would. */
class QuizSmokeTest {

    private static InstalledProduct product;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        product = InstalledProduct.unpacked();
    }

    @Test
    void aQuizTakenWithAnswersFromStdinIsRecordedAndExported() throws IOException, InterruptedException {
        Path data = product.newDataFolder("quiz");
        Path starter = Path.of("../../bundles/org.sendero.starter/pack").toAbsolutePath().normalize();
        Result imported = InstalledProduct.run(product.sendero(false, "--data", data.toString(), "import",
                starter.toString()), Duration.ofMinutes(1));
        assertEquals(0, imported.exitCode(), imported.err());
        Result added = InstalledProduct.run(product.sendero(false, "--data", data.toString(), "learners", "add", "Ana"),
                Duration.ofMinutes(1));
        assertEquals(0, added.exitCode(), added.err());

        // lines that some item of any kind accepts; a line an item cannot read is asked again
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.addAll(List.of("1", "t", "ab", "abc", "abcd", "abcde", "abcdef"));
        }
        Path answers = data.resolveSibling("answers.txt");
        Files.write(answers, lines);
        ProcessBuilder quiz = product.sendero(false, "--data", data.toString(), "quiz", "smug-definition-quiz",
                "--learner", "Ana").redirectInput(answers.toFile());
        Result taken = InstalledProduct.run(quiz, Duration.ofMinutes(1));
        assertEquals(0, taken.exitCode(), taken.err());
        assertTrue(taken.out().contains("Recorded."), taken.out());
        assertTrue(taken.out().contains("Score: "), taken.out());

        Result exported = InstalledProduct.run(product.sendero(false, "--data", data.toString(), "progress", "export",
                "--format", "xapi"), Duration.ofMinutes(1));
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("\"id\": \"http://adlnet.gov/expapi/verbs/answered\""), exported.out());
        assertTrue(exported.out().contains("/quiz/smug-definition-quiz"), exported.out());
    }
}

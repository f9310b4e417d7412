package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sendero.product.tests.DataFolderSession.assertContains;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * An office that had the first starter library (1.0.0) gets the corrected one with a new Sendero:
 * on the next start it is installed without a question, and what learners recorded stays theirs.
 */
class StarterUpdateAcceptanceTest {

    private static final Path STARTER = Path.of("../../bundles/org.sendero.starter/pack").toAbsolutePath().normalize();

    @Test
    void anInstalledFirstStarterLibraryIsUpdatedOnTheNextStartAndProgressSurvives() throws Exception {
        DataFolderSession session = DataFolderSession.fresh("starter-update");
        String shipped = Pattern.compile("(?m)^version: (\\S+)$")
                .matcher(Files.readString(STARTER.resolve("pack.yaml")))
                .results().findFirst().orElseThrow().group(1);
        assertFalse(shipped.equals("1.0.0"), "the product ships a newer starter library than the first one");

        // the office as the first version left it: starter 1.0.0 installed
        session.ok("packs");
        Path old = session.file("starter-1.0.0");
        copy(STARTER, old);
        Path yaml = old.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^version: .*$", "version: 1.0.0"));
        // the shipped version counts as offered until the "update" below, as with the first product
        session.ok("import", old.toString(), "--force");
        assertContains(session.ok("packs").out(), "1.0.0");
        session.ok("learners", "add", "Ana");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.addAll(List.of("1", "t", "ab", "abc", "abcd", "abcde", "abcdef"));
        }
        Path answers = Files.write(session.file("answers.txt"), lines);
        Result taken = session.runWithInput(answers, "quiz", "smug-definition-quiz", "--learner", "Ana");
        assertEquals(0, taken.exitCode(), taken.err());
        String before = session.ok("progress", "--learner", "Ana", "--json").out();
        assertContains(before, "\"attempts\": 1");

        // the updated product: its bundled starter is newer and was never offered here
        Files.writeString(session.data.resolve("packs/.bundled-offered"), "sendero-starter@1.0.0\n");
        String packs = session.ok("packs").out();
        assertContains(packs, "sendero-starter");
        assertContains(packs, shipped);
        String after = session.ok("progress", "--learner", "Ana", "--json").out();
        assertContains(after, "\"attempts\": 1");
        assertEquals(bestScore(before), bestScore(after), "the learner's result is kept");
    }

    private static String bestScore(String progressJson) {
        return Pattern.compile("\"best_score_percent\": ([0-9.]+)").matcher(progressJson).results()
                .map(match -> match.group(1)).findFirst().orElse("none");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

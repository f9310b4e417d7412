package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.product.tests.DataFolderSession.assertContains;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * Hostile or unlucky input on the installed product: each case ends in one line naming the file,
 * the place and the cause, a non-zero exit code, nothing stored changed, and no stack trace.
 */
class HostileInputAcceptanceTest {

    private static DataFolderSession session;

    @BeforeAll
    static void freshDataFolder() throws IOException, InterruptedException {
        session = DataFolderSession.fresh("hostile");
        session.ok("packs");
    }

    private static String statement(String id, String activity, String score) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:a@b.c\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"},"
                + "\"object\":{\"id\":\"https://x.org/xapi/activities/pack/p/course/c/module/m/quiz/" + activity
                + "\"},"
                + "\"result\":{\"score\":{\"scaled\":" + score + "}},\"context\":{\"registration\":\"r1\"}}";
    }

    @Test
    void resultFilesThatAreNotNumbersNotJsonOrTooBigAreProblemsOfTheirOwnFile() throws Exception {
        Path good = Files.writeString(session.file("good.json"), "[" + statement("g1", "q", "0.5") + "]");
        Path nan = Files.writeString(session.file("nan.json"), "[" + statement("n1", "q", ".nan") + "]");
        Path infinite = Files.writeString(session.file("inf.json"),
                "[" + statement("i1", "q", "1e400") + "," + statement("i2", "q", "-1e400") + "]");
        Path badId = Files.writeString(session.file("zz.json"), "[" + statement("z1", "q%zz", "0.5") + "]");
        Path deep = Files.writeString(session.file("deep.json"), "[".repeat(200_000) + "]".repeat(200_000));
        Path big = session.file("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(65L * 1024 * 1024);
        }
        Path tabs = Files.writeString(session.file("tabs.json"),
                "[\n\t{\n\t\t\"id\": \"t1\",\n\t\t\"actor\": {\"mbox\": "
                        + "\"mailto:t@b.c\"},\n\t\t\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/completed\"},\n\t\t"
                        + "\"object\": {\"id\": \"https://x.org/xapi/activities/pack/p/course/c/module/m\"}\n\t}\n]\n");

        assertContains(session.ok("report", tabs.toString(), "--json").out(), "\"statements\": 1");

        Result report = session.run("report", good.toString(), nan.toString(), infinite.toString(), badId.toString(),
                deep.toString(), big.toString());
        assertEquals(1, report.exitCode(), report.err());
        List<String> lines = report.err().lines().toList();
        assertEquals(5, lines.size(), report.err());
        assertTrue(lines.get(0).contains("nan.json:1:"), lines.get(0));
        assertTrue(lines.get(1).contains("inf.json:1:") && lines.get(1).contains("1e400"), lines.get(1));
        assertTrue(lines.get(2).contains("zz.json:1:") && lines.get(2).contains("%zz"), lines.get(2));
        assertTrue(lines.get(3).contains("deep.json:1:") && lines.get(3).contains("nesting"), lines.get(3));
        assertTrue(lines.get(4).contains("big.json") && lines.get(4).contains("64 MiB"), lines.get(4));
        assertContains(report.out(), "1 files");

        String unwritable = session.fails(1, "report", good.toString(), "--pdf", good.resolve("r.pdf").toString());
        assertContains(unwritable, "r.pdf");
    }

    @Test
    void packsAndNotesNestedTooDeeplyAreRefusedAtTheirLine() throws Exception {
        Path deepYaml = session.file("deep-yaml");
        Files.createDirectories(deepYaml);
        Files.writeString(deepYaml.resolve("pack.yaml"), "id: deep\nversion: 1.0.0\ntitle: " + "[".repeat(200_000)
                + "\nlanguages: [en]\n");
        assertContains(session.fails(1, "validate", deepYaml.toString()), "pack.yaml:3:");
        assertContains(session.fails(1, "import", deepYaml.toString()), "nested deeper than 64 levels");

        Path deepQuotes = TestPacks.copyOfExample(session.file("deep-quotes"));
        Path guidance = deepQuotes.resolve("guidance/border-referral.en.md");
        Files.writeString(guidance, Files.readString(guidance) + "\n" + "> ".repeat(1000) + "deep\n");
        assertContains(session.fails(1, "validate", deepQuotes.toString()), "border-referral.en.md:");

        Path stars = Files.writeString(session.file("stars.md"), "# Stars\n\n" + "*".repeat(2000) + "\n");
        assertContains(session.fails(1, "import", stars.toString()), "stars.md:3:1:");
        assertContains(session.fails(1, "render", stars.toString()), "stars.md:3:1:");
        assertFalse(session.ok("packs").out().contains("my-library"), "nothing was imported");
    }

    @Test
    void myLibraryErrorsNameTheUsersOwnFileAndLine() throws Exception {
        Path note = Files.writeString(session.file("note.md"),
                "---\ntags: [travel]\n---\n# Route\n\nSee [the checklist](guidance:no-such-doc).\n");
        String line = session.fails(1, "import", note.toString());
        assertTrue(line.contains("note.md:6:"), line);
        assertFalse(line.contains(".library-"), "the staging copy is not named: " + line);

        Path titled = Files.writeString(session.file("route.md"), "# Route: \"north\" & [east]\n\nWalk north.\n");
        session.ok("import", titled.toString());
        assertContains(session.ok("search", "walk north", "--facet", "pack=my-library").out(),
                "Route: \"north\" & [east]");
    }

    @Test
    void attributeSyntaxNeverBringsAWebAddressIntoThePage() throws Exception {
        Path attributes = Files.writeString(session.file("attr.md"),
                "![x](assets/route.png){src=\"https://evil.example/x.png\"} "
                        + "[y](https://example.org/){href=\"https://evil.example/\"}\n");
        Result html = session.ok("render", attributes.toString());
        assertFalse(html.out().contains("evil.example"), html.out());
        assertContains(html.out(), "href=\"https://example.org/\"");
    }

    @Test
    void aQueryTooLongIsRefusedWithItsLimit() throws Exception {
        String sixty = IntStream.rangeClosed(1, 60).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        assertContains(session.fails(2, "search", sixty), "query too long: at most 32 words (this one has 60)");
        String ors = IntStream.rangeClosed(1, 200).mapToObj(i -> "term" + i).collect(Collectors.joining(" OR "));
        assertContains(session.fails(2, "search", ors), "(this one has 200)");
        String thirtyTwo = "trafficking smuggling refugee asylum smuggler trafficker migrant border passport visa "
                + "deportation displacement diaspora discrimination expulsion forgery counterfeit guardian interpreter "
                + "recruitment referral reintegration remittances removal return returnee servitude shelter "
                + "statelessness victim xenophobia overstay";
        session.ok("search", thirtyTwo);
    }

    @Test
    void learnerNamesCannotHideCharactersOrPassForOptions() throws Exception {
        assertContains(session.fails(1, "learners", "add", "Ana\u200B"), "U+200B");
        assertContains(session.fails(1, "learners", "add", "\u202EanA"), "U+202E");
        assertContains(session.fails(2, "learners", "add", "-Ana"), "--");
        assertContains(session.ok("learners", "add", "--", "-Ana").out(), "-Ana");
        session.ok("learners", "add", "Jose\u0301");
        assertContains(session.fails(1, "learners", "add", "JOSE"), "José");
        session.ok("learners", "remove", "--", "-Ana");
    }

    @Test
    void wrongPinsTriedInParallelAreAllCounted() throws Exception {
        Path pin = Files.writeString(session.file("pin.txt"), "4821\n4821\n");
        Result added = session.runWithInput(pin, "learners", "add", "Marta", "--pin");
        assertEquals(0, added.exitCode(), added.err());
        Path wrong = Files.writeString(session.file("wrong-pin.txt"), "0000\n");
        List<Process> processes = new ArrayList<>();
        List<Path> errors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ProcessBuilder builder = session.product.sendero(false, "--data", session.data.toString(), "quiz",
                    "smug-definition-quiz", "--learner", "Marta");
            Path err = session.file("pin-err-" + i + ".txt");
            errors.add(err);
            processes.add(builder.redirectInput(wrong.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start());
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
            assertEquals(1, process.exitValue());
        }
        long wrongAnswers = 0;
        long waits = 0;
        for (Path err : errors) {
            String text = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(1, text.lines().count(), text);
            wrongAnswers += text.startsWith("sendero quiz: wrong PIN for Marta") ? 1 : 0;
            waits += text.startsWith("sendero quiz: too many wrong PINs for Marta; try again after ") ? 1 : 0;
        }
        assertEquals(8, wrongAnswers + waits);
        assertTrue(wrongAnswers <= 3, "at most three PINs were checked before the wait: " + wrongAnswers);
        assertTrue(waits >= 5, "the others were told to wait: " + waits);
        // during the wait even the right PIN is not checked
        java.time.LocalTime started = java.time.LocalTime.now();
        Result after = InstalledProduct.run(session.product.sendero(false, "--data", session.data.toString(), "quiz",
                "smug-definition-quiz", "--learner", "Marta").redirectInput(pin.toFile()), Duration.ofMinutes(1));
        java.time.LocalTime until = java.time.LocalTime.parse(Files.readString(errors.stream()
                .filter(err -> read(err).contains("try again after")).findFirst().orElseThrow()).strip()
                .replaceAll(".*after ", ""));
        if (started.isBefore(until.minusSeconds(2))) {
            assertEquals(1, after.exitCode(), after.out());
            assertContains(after.err(), "too many wrong PINs");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.product.tests.DataFolderSession.assertContains;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * Every command of {@code sendero help} and the README, run in the order a trainer's day brings
 * them, on one data folder of the unpacked archive: a pack is validated, packed, signed, imported,
 * searched, learned from, reported on and removed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandTourAcceptanceTest {

    private static DataFolderSession session;
    private static Path pack;

    @Test
    @Order(1)
    void aTrainersPackIsValidatedAndItsMistakesAreNamedByFileAndLine() throws Exception {
        session = DataFolderSession.fresh("tour");
        pack = TestPacks.copyOfExample(session.file("office-referral"));
        session.ok("validate", pack.toString());

        Path broken = TestPacks.copyOfExample(session.file("broken-pack"));
        TestPacks.edit(broken.resolve("courses/referral-basics/first-contact/module.yaml"),
                "lessons: [fc-safe-space, fc-next-steps]", "lessons: [fc-safe-space, fc-next-step]");
        Result result = session.run("validate", broken.toString());
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertContains(result.out() + result.err(), "module.yaml:");
        assertContains(result.out() + result.err(), "fc-next-step");
    }

    @Test
    @Order(2)
    void packingTheSameFolderTwiceGivesTheSameBytesAndASignedFileNamesItsSigner()
            throws IOException, InterruptedException, GeneralSecurityException {
        Path first = session.file("office-1.sendero");
        Path second = session.file("office-2.sendero");
        session.ok("pack", pack.toString(), "-o", first.toString());
        session.ok("pack", pack.toString(), "-o", second.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        session.ok("validate", first.toString());

        Path key = TestPacks.signingKey(session.file("office.key"));
        Path signed = session.file("office-signed.sendero");
        Result packed = session.ok("pack", pack.toString(), "-o", signed.toString(), "--sign", key.toString());
        assertContains(packed.out(), "SHA256:");
        session.ok("validate", signed.toString());
    }

    @Test
    @Order(3)
    void aSignedPackIsInstalledListedAndSearched() throws IOException, InterruptedException {
        Result unsigned = session.ok("import", session.file("office-1.sendero").toString());
        assertContains(unsigned.out(), "office-referral 1.2.0");
        assertContains(unsigned.out(), "not signed");
        assertContains(session.fails(1, "import", session.file("office-signed.sendero").toString()), "--force");
        Result imported = session.ok("import", session.file("office-signed.sendero").toString(), "--force");
        assertContains(imported.out(), "office-referral");
        assertContains(imported.out(), "1.2.0");
        assertContains(imported.out(), "SHA256:");

        Result packs = session.ok("packs");
        assertContains(packs.out(), "office-referral");
        assertContains(packs.out(), "SHA256:");
        Result json = session.ok("packs", "--json");
        assertContains(json.out(), "\"id\": \"office-referral\"");
        assertContains(json.out(), "\"id\": \"sendero-starter\"");

        Result hits = session.ok("search", "shelter child protection", "--lang", "en", "--kind", "guidance",
                "--limit", "3", "--json");
        assertContains(hits.out(), "border-referral");
        Result spanish = session.ok("search", "albergue", "--lang", "es");
        assertContains(spanish.out(), "[guidance, es]");
        Result faceted = session.ok("search", "shelter", "--facet", "pack=office-referral");
        assertContains(faceted.out(), "Referral at the northern crossing");
    }

    @Test
    @Order(4)
    void theIndexIsUpdatedCheckedAndRebuilt() throws IOException, InterruptedException {
        session.ok("index");
        session.ok("index", "--check");
        session.ok("index", "--rebuild");
        Result after = session.ok("search", "shelter", "--facet", "pack=office-referral");
        assertContains(after.out(), "Referral at the northern crossing");
    }

    @Test
    @Order(5)
    void aLessonRendersAsSafeHtml() throws IOException, InterruptedException {
        Result html = session.ok("render",
                pack.resolve("courses/referral-basics/first-contact/fc-next-steps.en.md").toString());
        assertContains(html.out(), "<h1");
        assertContains(html.out(), "Next steps");
    }

    @Test
    @Order(6)
    void learnersAreAddedRenamedListedAndRemoved() throws IOException, InterruptedException {
        session.ok("learners", "add", "Ana");
        session.ok("learners", "add", "Bruno");
        session.ok("learners", "rename", "Bruno", "Beto");
        Result listed = session.ok("learners", "--json");
        assertContains(listed.out(), "Ana");
        assertContains(listed.out(), "Beto");
        assertFalse(listed.out().contains("Bruno"), listed.out());
        session.ok("learners", "remove", "Beto");
        assertFalse(session.ok("learners").out().contains("Beto"));
        String duplicate = session.failsWithOneLine("learners", "add", "Ana");
        assertContains(duplicate, "Ana");
    }

    @Test
    @Order(7)
    void aQuizIsTakenInTheTerminalAndProgressIsShownAndExported() throws IOException, InterruptedException {
        assertContains(session.ok("quiz").out(), "first-contact-quiz");
        Path answers = session.file("answers.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.addAll(List.of("1", "t", "ab", "abc"));
        }
        Files.write(answers, lines);
        Result taken = session.runWithInput(answers, "quiz", "first-contact-quiz", "--learner", "Ana");
        assertEquals(0, taken.exitCode(), taken.err());
        assertContains(taken.out(), "Recorded.");
        assertContains(taken.out(), "Score: ");

        assertContains(session.ok("progress", "--learner", "Ana").out(), "Referral basics");
        assertContains(session.ok("progress", "--json").out(), "Ana");
        Path xapi = session.file("results.json");
        session.ok("progress", "export", "--format", "xapi", "-o", xapi.toString());
        assertContains(Files.readString(xapi), "first-contact-quiz");
        Path csv = session.file("progress.csv");
        session.ok("progress", "export", "--format", "csv", "-o", csv.toString());
        assertContains(Files.readString(csv), "Ana");
        Path answersCsv = session.file("answers.csv");
        session.ok("progress", "export", "--format", "csv-answers", "-o", answersCsv.toString());
        assertContains(Files.readString(answersCsv), "first-contact-quiz");
    }

    @Test
    @Order(8)
    void aTrainerReadsTheResultsInEveryFormatIncludingPdf() throws IOException, InterruptedException {
        Path results = session.file("results.json");
        assertContains(session.ok("report", results.toString()).out(), "first-contact");
        assertContains(session.ok("report", results.toString(), "--json").out(), "first-contact-quiz");
        Path csvFolder = session.file("report-csv");
        session.ok("report", results.toString(), "--csv", csvFolder.toString());
        for (String table : List.of("completion.csv", "questions.csv", "most_missed.csv", "files.csv")) {
            assertTrue(Files.isRegularFile(csvFolder.resolve(table)), table);
        }
        Path html = session.file("report.html");
        Path pdf = session.file("report.pdf");
        session.ok("report", results.toString(), "--html", html.toString(), "--pdf", pdf.toString(), "--lang", "es");
        assertContains(Files.readString(html, StandardCharsets.UTF_8), "Ana");
        assertTrue(TestPdfs.pageCount(pdf) >= 1);
        assertContains(TestPdfs.textOf(pdf), "Ana");

        String missing = session.fails(1, "report", session.file("no-such-results.json").toString());
        assertContains(missing, "no-such-results.json");
    }

    @Test
    @Order(9)
    void aMoodleQuestionBankIsImportedIntoAModuleAndAQuizExportedAsGift() throws IOException, InterruptedException {
        Path gift = session.file("first-contact.gift");
        session.ok("gift", "export", "first-contact-quiz", "-o", gift.toString());
        assertContains(Files.readString(gift, StandardCharsets.UTF_8), "private room");

        Path bank = session.file("bank.gift");
        Files.writeString(bank, """
                // questions from the office's Moodle
                ::q-shelter:: Who runs the municipal shelter? {=The municipality ~The border police ~The airline}

                ::q-child:: A child travelling alone is referred to child protection. {T}
                """, StandardCharsets.UTF_8);
        Path module = pack.resolve("courses/referral-basics/first-contact");
        Result imported = session.ok("gift", "import", bank.toString(), "--into", module.toString(), "--append");
        assertContains(imported.out(), "2");
        session.ok("validate", pack.toString());
        assertContains(Files.readString(module.resolve("quiz.en.yaml"), StandardCharsets.UTF_8), "municipal shelter");
    }

    @Test
    @Order(10)
    void aPackIsRemovedAndWhatIsNotThereIsNamed() throws IOException, InterruptedException {
        session.ok("remove", "office-referral");
        assertFalse(session.ok("packs").out().contains("office-referral"));
        assertContains(session.failsWithOneLine("remove", "office-referral"), "office-referral");
        assertContains(session.failsWithOneLine("import", session.file("nothing-here.sendero").toString()),
                "nothing-here.sendero");
        assertContains(session.failsWithOneLine("quiz", "no-such-quiz", "--learner", "Ana"), "no-such-quiz");
    }

    @Test
    @Order(11)
    void everyCommandExplainsItsOwnOptionsAndRefusesAMalformedLineInOneLine() throws IOException, InterruptedException {
        List<String> commands = session.ok("help").out().lines()
                .filter(line -> line.startsWith("  ")).map(line -> line.strip().split("\\s+")[0])
                .filter(name -> !name.equals("help") && !name.equals("version")).toList();
        assertTrue(commands.size() >= 13, commands.toString());
        for (String command : commands) {
            Result help = session.ok(command, "--help");
            assertTrue(help.out().startsWith("Usage: sendero " + command), command + ": " + help.out());
            assertContains(session.fails(2, command, "--no-such-option"), "sendero " + command);
        }
        assertContains(session.ok("search", "shelter", "--lang=en", "--limit=2", "--json").out(), "\"hits\"");
        assertContains(session.fails(2, "search", "shelter", "--limit=ten"), "--limit");
        assertContains(session.fails(2, "learners", "delete", "Ana"), "unknown subcommand 'delete'");
        assertContains(session.fails(2, "index", "--rebuild", "--check"), "do not go together");
    }
}

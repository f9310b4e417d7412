package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * What learners keep, on the unpacked archive: questions answered wrongly come back for practice,
 * notes travel as a Markdown file and come back, a certificate is refused for a course not complete
 * and comes by itself when a course is completed at an office that issues them, and the search says
 * what else it searched and can search the words alone.
 */
class LearnersKeepAcceptanceTest {

    private static final String NOTES = """
            <!-- sendero-notes 1 -->
            # Notes of Bea

            ## lesson tip-def-children in sendero-starter

            ### Bookmark #intro
            - id: 0b8e0f0a-8f3c-4a57-b0a8-2a3c3e9b6d21
            - language: es
            - created: 2026-12-07T10:10:00Z
            - updated: 2026-12-07T10:10:00Z

            ~~~
            Revisar con la fiscal.
            ~~~
            """;

    @Test
    void practiceNotesCertificatesAndTheThesaurusFromTheCommandLine() throws Exception {
        DataFolderSession session = DataFolderSession.fresh("learners-keep");
        session.ok("learners", "add", "Bea");

        // a quiz answered with wrong answers: the questions come back the next day
        Path answers = session.file("answers.txt");
        List<String> lines = new ArrayList<>();
        // each kind of answer in turn: a question takes the first line of its kind, the others are asked again
        for (int i = 0; i < 30; i++) {
            lines.addAll(List.of("1", "f", "abcde", "abcd", "abc", "12", "zzz"));
        }
        Files.write(answers, lines);
        Result taken = session.runWithInput(answers, "quiz", "smug-definition-quiz", "--learner", "Bea");
        assertEquals(0, taken.exitCode(), taken.err());
        Result practice = session.ok("practice", "--learner", "Bea");
        assertTrue(practice.out().startsWith("No questions due; next on "), practice.out());
        String json = session.ok("practice", "--learner", "Bea", "--json").out();
        assertTrue(json.contains("\"due\": 0") && !json.contains("\"waiting\": 0"), json);
        Result nobody = session.run("practice", "--learner", "Nobody");
        assertEquals(1, nobody.exitCode());
        assertEquals(1, nobody.err().strip().lines().count(), nobody.err());

        // notes: a file from another computer is taken in, exported again, and a broken one is refused whole
        Path notes = session.file("notes-bea.md");
        Files.writeString(notes, NOTES, StandardCharsets.UTF_8);
        session.ok("progress", "import-notes", notes.toString(), "--learner", "Bea");
        Path exported = session.file("exported.md");
        session.ok("progress", "export", "--format", "notes", "--learner", "Bea", "-o", exported.toString());
        assertTrue(Files.readString(exported).contains("Revisar con la fiscal."), Files.readString(exported));
        Path broken = session.file("broken.md");
        Files.writeString(broken, NOTES.replace("- id: 0b8e0f0a-8f3c-4a57-b0a8-2a3c3e9b6d21\n", ""),
                StandardCharsets.UTF_8);
        Result refused = session.run("progress", "import-notes", broken.toString(), "--learner", "Bea");
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.err().strip().startsWith(broken.toString() + ":"), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());

        // a certificate is never issued for a course not complete, and nothing is written
        Path key = TestPacks.signingKey(session.file("office.key"));
        Result early = session.run("certificate", "issue", "--learner", "Bea", "--course", "trafficking-in-persons",
                "--key", key.toString(), "--office", "Oficina de Migración de Tecún Umán");
        assertEquals(1, early.exitCode(), early.out());
        assertTrue(early.err().contains("a certificate is issued only for a complete course"), early.err());
        assertFalse(Files.exists(session.data.resolve("certificates/Bea")), "nothing half-written");
        Result notACode = session.run("certificate", "verify", "SC1.garbage");
        assertEquals(1, notACode.exitCode());
        assertTrue(notACode.err().startsWith("code: not a Sendero verification code"), notACode.err());

        // the search names what the thesaurus added, and --as-typed leaves it out
        String widened = session.ok("search", "forged passports").out();
        assertTrue(widened.contains("Searched also for: ") && widened.contains("fraudulent document"), widened);
        String asTyped = session.ok("search", "forged passports", "--as-typed").out();
        assertFalse(asTyped.contains("Searched also for"), asTyped);
    }

    @Test
    void passingTheLastQuizOfACourseIssuesItsCertificateWhenTheOfficeIsSet() throws Exception {
        DataFolderSession session = DataFolderSession.fresh("certificate-by-itself");
        // a course of one module with a quiz and no lessons, so the terminal can complete it
        Path pack = TestPacks.copyOfExample(session.file("quiz-only"));
        Path module = pack.resolve("courses/referral-basics/first-contact");
        TestPacks.edit(module.resolve("module.yaml"), "lessons: [fc-safe-space, fc-next-steps]", "lessons: []");
        for (String lesson : List.of("fc-safe-space", "fc-next-steps")) {
            Files.delete(module.resolve(lesson + ".en.md"));
            Files.delete(module.resolve(lesson + ".es.md"));
        }
        for (String language : List.of("en", "es")) {
            TestPacks.edit(module.resolve("quiz." + language + ".yaml"), "ref: lesson:fc-safe-space#privacy",
                    "ref: guidance:border-referral#who-to-call");
            TestPacks.edit(pack.resolve("guidance/border-referral." + language + ".md"), "(lesson:fc-next-steps)",
                    "(#after-the-call)");
        }
        session.ok("import", pack.toString());
        session.ok("learners", "add", "Marie-Ange Joseph");
        Path key = TestPacks.signingKey(session.file("office.key"));
        String office = "Bureau de l'immigration de Belladère";
        session.ok("certificate", "office", "--key", key.toString(), "--office", office, "--lang", "fr", "--paper",
                "a4");

        // the single-choice question's right option is first or second, whatever the order: one of
        // two runs passes, and each re-asks what its other lines cannot answer
        Path certificate = session.data.resolve("certificates/Marie-Ange Joseph/referral-basics.pdf");
        for (String single : List.of("1", "2")) {
            Path answers = session.file("answers-" + single + ".txt");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                lines.addAll(List.of(single, "f", "17"));
            }
            Files.write(answers, lines);
            Result taken = session.runWithInput(answers, "quiz", "first-contact-quiz", "--learner",
                    "Marie-Ange Joseph", "--lang", "en");
            assertEquals(0, taken.exitCode(), taken.err());
            if (Files.exists(certificate)) {
                break;
            }
        }
        assertTrue(Files.isRegularFile(certificate), "the certificate is written before the quiz command ends");
        Result verified = session.ok("certificate", "verify", certificate.toString());
        assertTrue(verified.out().startsWith(certificate + ": valid: signed by " + office), verified.out());
        assertTrue(verified.out().contains("  language: fr\n"), verified.out());
        assertTrue(session.ok("certificate", "office").out().startsWith("Issued by " + office));
        session.ok("certificate", "office", "--clear");
        assertTrue(session.ok("certificate", "office").out().startsWith("No office set"));
    }
}

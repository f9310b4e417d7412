package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * Diagnostics on the unpacked archive: a learner with a distinctive name answers a quiz and keeps a
 * note; the support file holds every expected part and not one byte of the name, the note or the
 * answers; the summary exits 0 on a sound installation, and 1 with the right advice once the index
 * folder is deleted and Java has left a crash log.
 */
class DiagnosticsAcceptanceTest {

    private static final String LEARNER = "Zoraida Quintanilla-Ibáñez";
    /** The name's parts as they must never appear, compared without case or accents. */
    private static final List<String> NAME_PARTS = List.of("zoraida", "quintanilla", "ibanez");
    private static final String NOTE_TEXT = "Revisar con la fiscal de Tapachula";

    private static final String NOTES = """
            <!-- sendero-notes 1 -->
            # Notes of Zoraida Quintanilla-Ibáñez

            ## lesson tip-def-children in sendero-starter

            ### Bookmark #intro
            - id: 5d1c7a9e-2b44-4f0e-9a57-6e1f2c3d4b5a
            - language: es
            - created: 2026-12-07T10:10:00Z
            - updated: 2026-12-07T10:10:00Z

            ~~~
            Revisar con la fiscal de Tapachula
            ~~~
            """;

    @Test
    void theSupportFileHoldsNoLearnerNameAndTheSummarySaysWhatToDo() throws Exception {
        DataFolderSession session = DataFolderSession.fresh("diagnostics");
        session.ok("learners", "add", LEARNER);
        Path answers = session.file("answers.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.addAll(List.of("1", "f", "abcde", "abcd", "abc", "12", "zzz"));
        }
        Files.write(answers, lines);
        Result taken = session.runWithInput(answers, "quiz", "smug-definition-quiz", "--learner", LEARNER);
        assertEquals(0, taken.exitCode(), taken.err());
        Path notes = session.file("notes.md");
        Files.writeString(notes, NOTES, StandardCharsets.UTF_8);
        session.ok("progress", "import-notes", notes.toString(), "--learner", LEARNER);
        session.ok("index");
        // what a log and a file name might hold: the learner's name, as a warning or a certificate would
        Files.writeString(session.data.resolve("logs/cli.log"),
                "!MESSAGE slow quiz for ZORAIDA QUINTANILLA-IBANEZ, note: \"" + NOTE_TEXT + "\"\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.createDirectories(session.data.resolve("certificates/" + LEARNER));

        Result healthy = session.run("diagnose");
        assertEquals(0, healthy.exitCode(), healthy.out() + healthy.err());
        DataFolderSession.assertContains(healthy.out(), "No problem found.");
        DataFolderSession.assertContains(healthy.out(), "Progress database");
        DataFolderSession.assertContains(healthy.out(), "1 learner, 1 attempt, 1 note");

        Path zip = session.file("support/diagnostics.zip");
        Result written = session.ok("diagnose", "-o", zip.toString());
        assertTrue(written.out().startsWith("Wrote " + zip), written.out());
        Map<String, byte[]> entries = entries(zip);
        assertTrue(entries.keySet().containsAll(List.of("README.txt", "summary.txt", "versions.txt", "data-folder.txt",
                "index-check.txt", "database.txt", "logs/cli.log")), entries.keySet()::toString);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String text = fold(entry.getKey() + "\n" + new String(entry.getValue(), StandardCharsets.UTF_8));
            for (String part : NAME_PARTS) {
                assertFalse(text.contains(part), entry.getKey() + " holds «" + part + "»");
            }
            assertFalse(text.contains(fold(NOTE_TEXT)), entry.getKey() + " holds the note");
        }
        String database = text(entries, "database.txt");
        DataFolderSession.assertContains(database, "PRAGMA integrity_check:\nok");
        DataFolderSession.assertContains(database, "Learners: 1");
        DataFolderSession.assertContains(database, "Notes: 1");
        DataFolderSession.assertContains(text(entries, "versions.txt"), "org.sendero.diagnostics");
        DataFolderSession.assertContains(text(entries, "data-folder.txt"), "certificates/learner-1/");
        DataFolderSession.assertContains(text(entries, "logs/cli.log"), "slow quiz for learner-1");
        DataFolderSession.assertContains(text(entries, "index-check.txt"), "0 pending");

        // broken: the index folder deleted, and a crash log left by Java
        InstalledProduct.deleteRecursively(session.data.resolve("index"));
        Files.writeString(session.data.resolve("logs/hs_err_pid4711.log"), "# A fatal error has been detected\n");
        Result broken = session.run("diagnose");
        assertEquals(1, broken.exitCode(), broken.out() + broken.err());
        List<String> out = broken.out().lines().toList();
        int index = indexOfLineStarting(out, "PROBLEM  Search index");
        assertTrue(index >= 0, broken.out());
        assertEquals("-> run: sendero index --rebuild", out.get(index + 1).strip(), broken.out());
        assertTrue(indexOfLineStarting(out, "NOTE     Crash logs") >= 0, broken.out());
        DataFolderSession.assertContains(broken.out(), "hs_err_pid4711.log");
        DataFolderSession.assertContains(broken.out(), "1 problem found.");
    }

    private static int indexOfLineStarting(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zipIn = new ZipInputStream(in)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                entries.put(entry.getName(), zipIn.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}

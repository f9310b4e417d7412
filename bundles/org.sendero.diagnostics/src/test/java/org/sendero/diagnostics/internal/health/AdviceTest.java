package org.sendero.diagnostics.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendero.content.InstalledPack;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;
import org.sendero.diagnostics.Finding;
import org.sendero.diagnostics.Finding.Status;
import org.sendero.diagnostics.HealthReport;
import org.sendero.progress.DatabaseHealth;
import org.sendero.search.IndexCheck;

class AdviceTest {

    private static final String REBUILD = "run: sendero index --rebuild";

    @Test
    void aMissingEmptyOutOfDateOrDamagedIndexSaysToRebuildIt() {
        IndexCheck sound = new IndexCheck("5", 12, 300, 0, List.of());
        assertEquals(Status.OK, Advice.index(false, sound).status());
        assertEquals(Optional.of(REBUILD), Advice.index(true, sound).advice(), "the folder was gone before the check");
        assertEquals(Optional.of(REBUILD),
                Advice.index(false, new IndexCheck("", 0, 0, 0, List.of("no index"))).advice());
        Finding pending = Advice.index(false, new IndexCheck("5", 12, 300, 3, List.of("3 documents differ")));
        assertEquals(Status.PROBLEM, pending.status());
        assertTrue(pending.detail().contains("out of date"), pending.detail());
        Finding damaged = Advice.index(false,
                new IndexCheck("5", 12, 300, 0, List.of("x: Lucene's check found damaged segments")));
        assertTrue(damaged.detail().contains("damaged"), damaged.detail());
        assertEquals(Optional.of(REBUILD), damaged.advice());
        assertEquals(Status.NOTE,
                Advice.index(false,
                        new IndexCheck("5", 1, 1, 0, List.of("x: being updated by another Sendero process")))
                        .status());
    }

    @Test
    void aFailingIntegrityCheckIsAProblemWithWhatToDoAndCountsOnly() {
        DatabaseHealth sound = new DatabaseHealth(4, List.of("ok"), 3, 7, 40, 2, 0);
        assertEquals(Status.OK, Advice.database(sound).status());
        assertTrue(Advice.database(sound).detail().contains("3 learners, 7 attempts, 2 notes"));
        assertTrue(Advice.database(new DatabaseHealth(4, List.of("ok"), 1, 1, 3, 1, 0)).detail()
                .endsWith("1 learner, 1 attempt, 1 note"));
        Finding broken = Advice.database(new DatabaseHealth(4, List.of("row 3 missing from index x"), 3, 7, 40, 2, 0));
        assertEquals(Status.PROBLEM, broken.status());
        assertTrue(broken.advice().orElseThrow().contains("restore the last backup"));
        assertEquals(Status.PROBLEM, Advice.databaseUnreadable("file is not a database").status());
    }

    @Test
    void aNearlyFullDiskIsAProblemAndAFillingOneANote() {
        long gb = 1024L * 1024 * 1024;
        assertEquals(Status.PROBLEM, Advice.disk(100L * 1024 * 1024, 100 * gb).status());
        assertEquals(Status.NOTE, Advice.disk(3 * gb, 100 * gb).status(), "3 % left");
        assertEquals(Status.OK, Advice.disk(40 * gb, 100 * gb).status());
        assertTrue(Advice.disk(100L * 1024 * 1024, 100 * gb).advice().orElseThrow().contains("free space"));
    }

    @Test
    void aDataFolderThatCannotBeWrittenOrAnOldJavaIsAProblem() {
        Path root = Path.of("/srv/sendero");
        assertEquals(Status.PROBLEM, Advice.dataFolder(root, true, false).status());
        assertEquals(Status.PROBLEM, Advice.dataFolder(root, false, false).status());
        assertEquals(Status.OK, Advice.dataFolder(root, true, true).status());
        assertEquals(Status.PROBLEM, Advice.java(Runtime.Version.parse("17.0.2"), "v", root).status());
        assertEquals(Status.OK, Advice.java(Runtime.Version.parse("21"), "v", root).status());
    }

    @Test
    void aPackSignedByAKeyNoTrustedOfficeHasIsNamedButUnsignedPacksAreNot() {
        List<InstalledPack> packs = List.of(pack("starter", Optional.empty()),
                pack("border", Optional.of("SHA256:known")),
                pack("smuggling", Optional.of("SHA256:stranger")));
        Finding finding = Advice.signers(packs, Set.of("SHA256:known"));
        assertEquals(Status.NOTE, finding.status());
        assertTrue(finding.detail().contains("smuggling (SHA256:stranger)"), finding.detail());
        assertFalse(finding.detail().contains("border"), finding.detail());
        assertEquals(Status.OK, Advice.signers(packs, Set.of("SHA256:known", "SHA256:stranger")).status());
    }

    @Test
    void crashLogsAreANoteThatSaysToSendTheDiagnosticsFile() {
        assertEquals(Status.OK, Advice.crashes(List.of()).status());
        Finding crashed = Advice.crashes(List.of(Path.of("/d/logs/hs_err_pid42.log")));
        assertEquals(Status.NOTE, crashed.status());
        assertTrue(crashed.detail().contains("hs_err_pid42.log"));
        assertTrue(crashed.advice().orElseThrow().contains("sendero diagnose -o"));
    }

    @Test
    void theReportIsHealthyOnlyWithoutProblemsAndPrintsTheAdviceUnderItsCheck() {
        HealthReport notesOnly = new HealthReport(
                List.of(Finding.ok("Java", "Java 25"), Advice.crashes(List.of(Path.of("hs_err_pid1.log")))));
        assertTrue(notesOnly.healthy());
        HealthReport broken = new HealthReport(List.of(Finding.ok("Java", "Java 25"), Advice.index(true, null)));
        assertFalse(broken.healthy());
        String text = broken.text();
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(1).startsWith("PROBLEM  Search index"), text);
        assertTrue(lines.get(2).strip().equals("-> " + REBUILD), text);
        assertTrue(text.contains("1 problem found."), text);
    }

    private static InstalledPack pack(String id, Optional<String> signer) {
        PackInfo info = new PackInfo(id, PackVersion.parse("1.0.0"), LocalizedText.of("en", id),
                LocalizedText.of("en", ""),
                List.of("en"), List.of(), "");
        return new InstalledPack(info, Path.of("packs", id), signer);
    }
}

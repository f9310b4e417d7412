package org.sendero.content.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.PackReport;
import org.sendero.content.internal.PackTools;
import org.sendero.content.testing.TestPacks;

class StagingFoldersTest {

    @TempDir
    Path temp;

    private static final long NO_SUCH_PROCESS = 4_000_000_000L;

    private Path leftover(StagingFolders staging, long pid, Instant modified) throws IOException {
        Path folder = Files
                .createDirectories(staging.root().resolve(StagingFolders.PREFIX + pid + "-0123456789/guidance"))
                .getParent();
        Files.writeString(folder.resolve("pack.yaml"), "id: left-behind\n");
        Files.setLastModifiedTime(folder, FileTime.from(modified));
        return folder;
    }

    @Test
    void aNewStagingSweepsWhatKilledRunsLeftAndKeepsWhatRunningOnesUse() throws IOException {
        StagingFolders staging = new StagingFolders(temp.resolve("data/staging"));
        Instant thisProcessStarted = ProcessHandle.current().info().startInstant().orElseThrow();
        Path ofADeadProcess = leftover(staging, NO_SUCH_PROCESS, Instant.now());
        Path olderThanThisProcess = leftover(staging, ProcessHandle.current().pid(),
                thisProcessStarted.minusSeconds(60));
        Path inUseByThisProcess = staging.create();
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        Path inUseByAnother = leftover(staging, parent.pid(), Instant.now());
        Path notOurs = Files.writeString(staging.root().resolve("notes.txt"), "kept");

        Path next = staging.create();
        assertFalse(Files.exists(ofADeadProcess), "its process is gone");
        assertFalse(Files.exists(olderThanThisProcess), "made by an earlier process with the same id");
        assertTrue(Files.isDirectory(inUseByThisProcess));
        assertTrue(Files.isDirectory(inUseByAnother));
        assertTrue(Files.exists(notOurs), "only staging folders are swept");
        assertTrue(
                next.getFileName().toString().startsWith(StagingFolders.PREFIX + ProcessHandle.current().pid() + "-"));
        assertEquals(staging.root(), next.getParent());
    }

    @Test
    void validatingAnArchiveStagesInTheDataFolderAndLeavesNothingBehind() throws IOException {
        StagingFolders staging = new StagingFolders(temp.resolve("data/staging"));
        Path ofADeadProcess = leftover(staging, NO_SUCH_PROCESS, Instant.now());
        PackTools tools = new PackTools(staging);
        Path archive = temp.resolve("test.sendero");
        tools.export(TestPacks.VALID, archive, Optional.empty());

        PackReport report = tools.validate(archive);
        assertFalse(report.hasErrors(), report.problems().toString());
        assertFalse(Files.exists(ofADeadProcess));
        try (var left = Files.list(staging.root())) {
            assertEquals(List.of(), left.toList(), "the staged copy is deleted after the check");
        }
    }
}

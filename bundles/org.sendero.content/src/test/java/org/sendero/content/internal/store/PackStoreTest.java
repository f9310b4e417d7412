package org.sendero.content.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.InstallResult;
import org.sendero.content.testing.TestPacks;

class PackStoreTest {

    @TempDir
    Path temp;

    private PackStore store() {
        return new PackStore(temp.resolve("data/packs"));
    }

    @Test
    void aNewerVersionReplacesTheOldOneAndAnOlderOneIsRefusedUnlessForced() throws IOException {
        PackStore store = store();
        store.install(TestPacks.validPack(temp, "1.0.0"), false);
        InstallResult upgrade = store.install(TestPacks.validPack(temp, "1.2.0"), false);
        assertEquals(Optional.of("1.0.0"), upgrade.replaced().map(Object::toString));
        assertEquals("Upgraded test-pack from 1.0.0 to 1.2.0 (Test pack; not signed)", upgrade.describe());

        Path older = TestPacks.validPack(temp, "1.1.9");
        ContentException refused = assertThrows(ContentException.class, () -> store.install(older, false));
        assertEquals(
                older + ":1:1: error: test-pack 1.1.9 is older than the installed 1.2.0; use --force to go back to it",
                refused.getMessage());
        assertEquals("1.2.0", store.installed("test-pack").orElseThrow().info().version().toString());

        assertEquals("Downgraded test-pack from 1.2.0 to 1.1.9 (Test pack; not signed)",
                store.install(older, true).describe());
        try (var versions = Files.list(temp.resolve("data/packs/test-pack"))) {
            assertEquals(2, versions.count(), "the pointer and one version folder: the old one is deleted");
        }
    }

    @Test
    void anInstallWhoseThreadIsInterruptedStopsAndLeavesTheInstalledPacksAsTheyWere() throws IOException {
        PackStore store = store();
        store.install(TestPacks.validPack(temp, "1.0.0"), false);
        Map<String, String> before = TestPacks.snapshot(temp.resolve("data"));
        Path newer = TestPacks.validPack(temp, "1.1.0");

        Thread.currentThread().interrupt();
        ContentException cancelled;
        try {
            cancelled = assertThrows(ContentException.class, () -> store.install(newer, false));
        } finally {
            Thread.interrupted();
        }
        assertEquals(newer + ":1:1: error: " + PackStore.CANCELLED, cancelled.getMessage());
        assertEquals(before, TestPacks.snapshot(temp.resolve("data")), "nothing installed changed");
        try (var entries = Files.list(temp.resolve("data/packs"))) {
            assertTrue(entries.noneMatch(entry -> entry.getFileName().toString().startsWith(".staging-")),
                    "no staged copy left");
        }
        assertEquals("1.1.0", store.install(newer, false).info().version().toString(),
                "the same import works afterwards");
    }

    @Test
    void theFirstLoadAfterAnInstallGivesWhatReadingTheInstalledFolderGives() throws IOException {
        PackStore store = store();
        store.install(TestPacks.validPack(temp, "1.0.0"), false);
        Path installed = store.current("test-pack").orElseThrow();
        var fromInstall = store.load("test-pack");
        var fromDisk = org.sendero.content.internal.pack.PackReader.read(installed);
        assertEquals(fromDisk.pack(), fromInstall.pack());
        assertEquals(fromDisk.problems(), fromInstall.problems());
        assertEquals(fromDisk.pack(), store.load("test-pack").pack(), "and so does every later load");
        store.install(TestPacks.validPack(temp, "1.1.0"), false);
        assertEquals("1.1.0", store.load("test-pack").pack().orElseThrow().info().version().toString(),
                "a new version is read from its own folder");
    }

    @Test
    void theSameVersionIsRefusedUnlessForced() throws IOException {
        PackStore store = store();
        Path pack = TestPacks.validPack(temp, "1.0.0");
        store.install(pack, false);
        ContentException refused = assertThrows(ContentException.class, () -> store.install(pack, false));
        assertEquals(pack + ":1:1: error: test-pack 1.0.0 is already installed; use --force to install it again",
                refused.getMessage());
        assertEquals("Reinstalled test-pack 1.0.0 (Test pack; not signed)", store.install(pack, true).describe());
    }

    @Test
    void anInvalidNewVersionIsRefusedWithAllItsProblemsAndTheOldStaysExactlyAsItWas() throws IOException {
        PackStore store = store();
        store.install(TestPacks.validPack(temp, "1.0.0"), false);
        Map<String, String> before = TestPacks.snapshot(temp.resolve("data"));

        Path broken = TestPacks.validPack(temp, "2.0.0");
        Files.writeString(broken.resolve("courses/c1/m1/quiz.en.yaml"),
                Files.readString(broken.resolve("courses/c1/m1/quiz.en.yaml")).replace("correct: true",
                        "correct: false"));
        Files.writeString(broken.resolve("guidance/a-doc.en.md"),
                Files.readString(broken.resolve("guidance/a-doc.en.md")).replace("lesson:l1", "lesson:l2"));
        ContentException refused = assertThrows(ContentException.class, () -> store.install(broken, false));
        assertEquals(List.of(
                broken + "/courses/c1/m1/quiz.en.yaml:8:7: error: item 'q1' has no correct answer: mark an option with correct: true",
                broken + "/guidance/a-doc.en.md:13:20: error: broken link: no lesson with id 'l2'"),
                refused.problems().stream().map(Object::toString).toList());
        assertEquals(before, TestPacks.snapshot(temp.resolve("data")));
    }

    @Test
    void removeDeletesThePackAndAnUnknownIdIsNamed() throws IOException {
        PackStore store = store();
        store.install(TestPacks.validPack(temp, "1.0.0"), false);
        store.remove("test-pack");
        assertEquals(List.of(), store.installed());
        assertFalse(Files.exists(temp.resolve("data/packs/test-pack")));
        ContentException unknown = assertThrows(ContentException.class, () -> store.remove("test-pack"));
        assertEquals("test-pack:1:1: error: no pack with this id is installed", unknown.getMessage());
        assertThrows(ContentException.class, () -> store.remove("../data"));
    }

    @Test
    void leftoversOfAnInterruptedInstallAreCleanedByTheNextChange() throws IOException {
        PackStore store = store();
        store.install(TestPacks.validPack(temp, "1.0.0"), false);
        Path staging = temp.resolve("data/packs/.staging-0123456789ab");
        Path orphan = temp.resolve("data/packs/test-pack/9.9.9-0123456789ab");
        Files.createDirectories(staging.resolve("guidance"));
        Files.createDirectories(orphan);
        Files.writeString(orphan.resolve("pack.yaml"), "id: test-pack\n");
        store.install(TestPacks.validPack(temp, "1.0.1"), false);
        assertFalse(Files.exists(staging));
        assertFalse(Files.exists(orphan));
        assertTrue(store.current("test-pack").orElseThrow().getFileName().toString().startsWith("1.0.1-"));
    }

    @Test
    void aPackFolderWithALinkIsRefused() throws IOException {
        Path pack = TestPacks.validPack(temp, "1.0.0");
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(pack.resolve("assets-link.txt"), secret);
        ContentException refused = assertThrows(ContentException.class, () -> store().install(pack, false));
        assertEquals(pack + "/assets-link.txt:1:1: error: links are not allowed in a pack", refused.getMessage());
        assertEquals(List.of(), store().installed());
    }
}

package org.sendero.content.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.content.internal.store.PackStore;
import org.sendero.content.testing.TestPacks;

/**
 * Content made to crash the reader (nesting and runs that overflow the parsers' stacks) or to take
 * over the user's own library: each is refused with one line naming the file, the line and why, and
 * an install of it changes nothing.
 */
class HostileContentTest {

    private static final String DEEP_BRACKETS = "[".repeat(200_000);

    @TempDir
    Path temp;

    private Path pack(String file, String from, String to) throws IOException {
        Path pack = TestPacks.validPack(temp, "2.0.0");
        Path target = pack.resolve(file);
        String text = Files.readString(target);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(target, text.replace(from, to));
        return pack;
    }

    private static List<String> problems(Path pack) {
        return PackReader.read(pack).problems().stream().map(Problem::toString).toList();
    }

    /** The pack is refused with exactly {@code expected}, and the installed version stays as it was. */
    private void refusedOnInstall(Path pack, String expected) throws IOException {
        PackStore store = new PackStore(temp.resolve("data/packs"));
        store.install(TestPacks.validPack(temp.resolve("old"), "1.0.0"), false);
        Map<String, String> before = TestPacks.snapshot(temp.resolve("data"));
        ContentException refused = assertThrows(ContentException.class, () -> store.install(pack, false));
        assertEquals(List.of(pack + "/" + expected), refused.problems().stream().map(Problem::toString).toList());
        assertEquals(before, TestPacks.snapshot(temp.resolve("data")), "nothing installed changed");
    }

    @Test
    void deepBracketsInPackYamlAreOneErrorAtTheirPlace() throws IOException {
        Path pack = pack("pack.yaml", "title: {en: Test pack}", "title: " + DEEP_BRACKETS);
        String expected = "pack.yaml:3:71: error: lists and mappings nested deeper than 64 levels";
        assertEquals(List.of(expected), problems(pack));
        refusedOnInstall(pack, expected);
    }

    @Test
    void deepBracketsInAQuizAreOneErrorAtTheirPlace() throws IOException {
        Path pack = pack("courses/c1/m1/quiz.en.yaml", "prompt: Which one?", "prompt: " + DEEP_BRACKETS);
        String expected = "courses/c1/m1/quiz.en.yaml:6:74: error: lists and mappings nested deeper than 64 levels";
        assertEquals(List.of(expected), problems(pack));
        refusedOnInstall(pack, expected);
    }

    @Test
    void aThousandNestedBlockQuotesAreOneErrorAtTheirLine() throws IOException {
        Path pack = pack("guidance/a-doc.en.md", "Intro.", "> ".repeat(1000) + "Intro.");
        String expected = "guidance/a-doc.en.md:9:65: error: block quotes and lists nested deeper than 32 levels";
        assertEquals(List.of(expected), problems(pack));
        refusedOnInstall(pack, expected);
    }

    @Test
    void aLineOfTwoThousandStarsIsOneErrorAtItsLine() throws IOException {
        Path pack = pack("courses/c1/m1/l1.en.md", "\n\n", "\n\n" + "*".repeat(2000) + "\n\n");
        List<String> found = problems(pack);
        assertEquals(1, found.size(), found.toString());
        assertTrue(
                found.get(0)
                        .matches("courses/c1/m1/l1\\.en\\.md:\\d+:1: error: a run of more than 256 '\\*' characters"),
                found.get(0));
        refusedOnInstall(pack, found.get(0));
    }

    @Test
    void aPackMayNotTakeTheIdOfTheUsersOwnLibrary() throws IOException {
        Path pack = pack("pack.yaml", "id: test-pack", "id: my-library");
        String expected = "pack.yaml:1:5: error: pack id 'my-library' is reserved for the documents users import"
                + " themselves (My library); choose another id";
        assertEquals(List.of(expected), problems(pack));
        PackStore store = new PackStore(temp.resolve("data/packs"));
        ContentException refused = assertThrows(ContentException.class, () -> store.install(pack, false));
        assertEquals(List.of(pack + "/" + expected), refused.problems().stream().map(Problem::toString).toList());
        assertTrue(store.current("my-library").isEmpty());
    }

    @Test
    void onlyTheMyLibraryImportAndTheInstalledLibraryMayUseTheReservedId() throws IOException {
        Path pack = pack("pack.yaml", "id: test-pack", "id: my-library");
        PackReport imported = ReservedIds.asOwnLibrary(() -> PackReader.read(pack));
        assertEquals(List.of(), imported.problems());
        assertEquals(List.of(), PackReader.readInstalled(pack).problems());
        assertEquals(List.of("pack.yaml:1:5: error: pack id 'my-library' is reserved for the documents users import"
                + " themselves (My library); choose another id"), problems(pack),
                "the permission ends with the import");
    }
}

package org.sendero.progress.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.ContentLink;
import org.sendero.progress.Learner;
import org.sendero.progress.Note;
import org.sendero.progress.internal.LearnersService;
import org.sendero.progress.internal.NotesService;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

/** sendero progress export --format notes on one computer, import-notes on another. */
class NotesCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(ProgressDatabase database, String... arguments) {
        out.reset();
        err.reset();
        ProgressCommand command = new ProgressCommand(null, new LearnersService(() -> database, 1000), null, null,
                new NotesService(() -> database));
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<Note> withoutLearner(List<Note> notes) {
        return notes.stream().map(n -> n.stored(n.id(), "", n.created(), n.updated())).toList();
    }

    @Test
    void notesGoToAnotherComputerAndComeBackTheSame() throws Exception {
        Path file = temp.resolve("ana-notes.md");
        List<Note> written;
        TestContent.TestClock clock = new TestContent.TestClock();
        try (ProgressDatabase first = TestContent.database(temp.resolve("first"), clock)) {
            Learner ana = new LearnersService(() -> first, 1000).add("Ana", Optional.empty());
            NotesService notes = new NotesService(() -> first);
            notes.add(ana.id(), Note.draft("sendero-starter", ContentLink.Kind.LESSON, "tip-def-children", "en",
                    "two-elements", "", "", "", "Read again before Monday"));
            notes.add(ana.id(), Note.draft("sendero-starter", ContentLink.Kind.GUIDANCE, "guide-screening", "es",
                    "intro", "la niña\ny el niño", "Entre ", ".", "Ask for\n~~~\nthe certificate"));
            written = notes.list(ana.id());
            assertEquals(2, run(first, "export", "--format", "notes"));
            assertEquals("sendero progress export: --format notes needs --learner NAME: notes are kept per learner\n",
                    err.toString(StandardCharsets.UTF_8));
            assertEquals(0, run(first, "export", "--format", "notes", "--learner", "ana", "-o", file.toString()),
                    err.toString(StandardCharsets.UTF_8));
        }
        assertTrue(Files.readString(file).contains("\n> la niña\n> y el niño\n"), Files.readString(file));

        try (ProgressDatabase second = TestContent.database(temp.resolve("second"), clock)) {
            Learner ana = new LearnersService(() -> second, 1000).add("Ana", Optional.empty());
            NotesService notes = new NotesService(() -> second);
            Path bad = temp.resolve("bad.md");
            Files.writeString(bad, Files.readString(file).replace("- language: es", "- language: es\nnonsense"));
            assertEquals(1, run(second, "import-notes", bad.toString(), "--learner", "Ana"));
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.matches(java.util.regex.Pattern.quote(bad.toString())
                    + ":\\d+: expected '- name: value', not 'nonsense'\n"), message);
            assertEquals(List.of(), notes.list(ana.id()), "nothing is stored from a bad file");

            assertEquals(0, run(second, "import-notes", file.toString(), "--learner", "Ana"),
                    err.toString(StandardCharsets.UTF_8));
            assertEquals("Imported 2 notes for Ana\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(0, run(second, "import-notes", file.toString(), "--learner", "Ana"));
            assertEquals(withoutLearner(written), withoutLearner(notes.list(ana.id())),
                    "the same notes, once, after importing twice");
        }
    }
}

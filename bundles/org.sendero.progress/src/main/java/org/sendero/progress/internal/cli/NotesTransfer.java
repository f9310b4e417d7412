package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.sendero.progress.Learner;
import org.sendero.progress.Note;
import org.sendero.progress.Notes;
import org.sendero.progress.ProgressException;
import org.sendero.progress.notes.NotesMarkdown;

/**
 * A learner's notes written out as Markdown and read back in, so that they survive a move to
 * another computer: {@code export --format notes} and {@code import-notes}.
 */
final class NotesTransfer {

    private final Notes notes;

    NotesTransfer(Notes notes) {
        this.notes = notes;
    }

    void export(Learner learner, OutputStream stream) throws IOException {
        stream.write(NotesMarkdown.write(learner.name(), notes.list(learner.id())).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the whole file before storing anything, then stores every note in one transaction: a bad
     * file, or a failure while storing, leaves the learner's notes as they were.
     *
     * @return how many notes were stored
     */
    int importFile(Path file, Learner learner) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProgressException(file + ": no such file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProgressException(file + ":1: not UTF-8 text");
        }
        List<Note> read = NotesMarkdown.read(text.startsWith("\uFEFF") ? text.substring(1) : text, file.toString());
        return notes.restore(learner.id(), read);
    }
}

package org.sendero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("lesson.en.md");
        Files.writeString(file, "old text");
        AtomicFiles.write(file, "new text".getBytes(StandardCharsets.UTF_8));
        assertEquals("new text", Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAsItWas() throws IOException {
        Path target = folder.resolve("a-folder");
        Files.createDirectories(target.resolve("inside"));
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "text".getBytes(StandardCharsets.UTF_8)));
        assertEquals(true, Files.isDirectory(target.resolve("inside")), "the folder is untouched");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void createMakesANewFileAndNeverReplacesOne() throws IOException {
        Path file = folder.resolve("quiz.en.yaml");
        AtomicFiles.create(file, "first".getBytes(StandardCharsets.UTF_8));
        assertEquals("first", Files.readString(file));
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> AtomicFiles.create(file, "second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aStreamThatFailsHalfWayLeavesTheOldFileAndNoPartBehind() throws Exception {
        Path file = folder.resolve("sub/report.txt");
        AtomicFiles.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(file));
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("first", Files.readString(file), "the file that was there is untouched");
        assertEquals(List.of(file), Files.list(file.getParent()).toList(), "no temporary file is left");
        AtomicFiles.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second", Files.readString(file));
    }
}

package org.sendero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoPartBehind() throws Exception {
        Path file = temp.resolve("sub/report.txt");
        AtomicFile.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(file));
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("first", Files.readString(file), "the file that was there is untouched");
        assertEquals(List.of(file), Files.list(file.getParent()).toList(), "no temporary file is left");
        AtomicFile.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second", Files.readString(file));
    }
}

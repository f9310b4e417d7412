package org.sendero.reports.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** The cap on the bytes of a file, counted as they come (a pipe or a growing file has no size to check first). */
class CappedInputTest {

    @Test
    void upToTheCapEverythingIsRead() throws Exception {
        byte[] bytes = new byte[1000];
        try (InputStream in = new CappedInput(new ByteArrayInputStream(bytes), 1000)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void oneByteMoreFails() {
        byte[] bytes = new byte[1001];
        assertThrows(CappedInput.TooLargeException.class,
                () -> new CappedInput(new ByteArrayInputStream(bytes), 1000).readAllBytes());
        assertThrows(CappedInput.TooLargeException.class, () -> {
            try (InputStream in = new CappedInput(new ByteArrayInputStream(bytes), 1000)) {
                while (in.read() >= 0) {
                    // byte by byte too
                }
            }
        });
    }
}

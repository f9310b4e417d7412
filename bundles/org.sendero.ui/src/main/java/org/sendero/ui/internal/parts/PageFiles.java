package org.sendero.ui.internal.parts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reader's pages as files in a temporary folder of their own: the browser loads a page from a
 * file, so that its links to the pack's images and its anchors work as on the web. The folder goes
 * with the reader.
 */
final class PageFiles {

    private final Path folder;

    PageFiles() throws IOException {
        folder = Files.createTempDirectory("sendero-reader");
    }

    /** A new file holding {@code html}. */
    Path write(String html) {
        try {
            Path page = Files.createTempFile(folder, "page", ".html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the pages and their folder. */
    void delete() {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans it
        }
    }
}

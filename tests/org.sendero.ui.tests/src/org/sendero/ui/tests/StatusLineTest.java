package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.junit.jupiter.api.Test;
import org.sendero.content.ContentLibrary;
import org.sendero.ui.internal.status.StatusLine;

/** The status line tells what the index does after an import, and the window never waits for it. */
class StatusLineTest {

    private static final Path EXAMPLE_PACK = Path.of("../../docs/example-pack").toAbsolutePath().normalize();

    @Test
    void anImportIsPreparedForSearchInTheBackgroundAndTheLineSaysSo() throws Exception {
        try (PartHarness window = new PartHarness()) {
            // on a first start the starter pack's own indexing would be counted with the import's
            window.untilStarterIndexed(Duration.ofSeconds(120));
            StatusLine status = window.part(StatusLine.class);
            window.until(() -> status.messageText().isEmpty(), Duration.ofSeconds(120), "the first indexing ends");
            assertFalse(status.cancelButton().getVisible(), "nothing to cancel while idle");

            ContentLibrary library = window.context.get(ContentLibrary.class);
            library.install(EXAMPLE_PACK, true);
            window.until(() -> status.messageText().contains("prepared"), Duration.ofSeconds(60),
                    "the line says the library is ready: " + status.messageText());
            long documents;
            try (var files = java.nio.file.Files.walk(EXAMPLE_PACK)) {
                documents = files.filter(file -> file.toString().endsWith(".md")).count();
            }
            assertTrue(status.messageText().endsWith(": " + documents + " documents prepared"),
                    "the imported pack's " + documents + " documents: " + status.messageText());
            assertFalse(status.cancelButton().getVisible(), "nothing left to cancel");
            // the window's trim gives the line the width it asks for: it must ask for all of its message
            GC gc = new GC(status.control());
            int textWidth = gc.textExtent(status.messageText()).x;
            gc.dispose();
            assertTrue(status.control().computeSize(SWT.DEFAULT, SWT.DEFAULT).x > textWidth,
                    "the line asks for " + status.control().computeSize(SWT.DEFAULT, SWT.DEFAULT).x
                            + " pixels, its message needs " + textWidth);
            library.remove("office-referral");
        }
    }
}

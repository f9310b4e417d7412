package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.ui.internal.parts.LibraryPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.preferences.PreferencesDialog;
import org.sendero.ui.preferences.UiPreferences;
import org.sendero.ui.internal.reader.OpenRequest;

class PreferencesTest {

    private PartHarness window;
    private UiPreferences preferences;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        preferences = ContextInjectionFactory.make(UiPreferences.class, window.context);
    }

    @AfterEach
    void closeWindow() {
        preferences.setLanguage(Optional.empty());
        preferences.setReaderFontSize(UiPreferences.DEFAULT_FONT_SIZE);
        window.close();
    }

    @Test
    void theDialogSavesTheLanguageAndTheTextSizeChosenWithItsControls() {
        PreferencesDialog dialog = new PreferencesDialog(window.shell, preferences, "/data/office");
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertEquals(0, dialog.languageCombo().getSelectionIndex(), "a new user follows the system's language");
        dialog.languageCombo().select(2);
        dialog.fontSizeSpinner().setSelection(20);
        dialog.okButton().notifyListeners(SWT.Selection, new Event());

        assertEquals(Optional.of("es"), dialog.chosenLanguage());
        assertEquals(20, dialog.chosenFontSize());
    }

    @Test
    void aNewTextSizeIsAppliedToTheOpenDocumentAtOnce() throws Exception {
        LibraryPart library = window.part(LibraryPart.class);
        ReaderPart reader = window.part(ReaderPart.class);
        window.until(() -> library.statusText().contains("courses"), Duration.ofSeconds(60), "the library is read");
        reader.show(OpenRequest.of(new ContentLink(ContentLink.Kind.GUIDANCE, "referral-checklist", Optional.empty()),
                "sendero-starter"));
        assertTrue(Files.readString(reader.shownPage()).contains("--sendero-font-size: 15px"));

        preferences.setReaderFontSize(22);
        window.until(() -> {
            try {
                return Files.readString(reader.shownPage()).contains("--sendero-font-size: 22px");
            } catch (java.io.IOException e) {
                return false;
            }
        }, Duration.ofSeconds(10), "the document is shown again in the larger size");
        assertEquals("guidance:referral-checklist@sendero-starter", preferences.lastOpened().orElseThrow(),
                "the reader remembers where the learner is, for the next start");
    }
}

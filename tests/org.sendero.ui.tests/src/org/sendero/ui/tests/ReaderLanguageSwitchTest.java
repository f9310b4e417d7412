package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.library.LibraryModel;

/** "Also in: Español · Français" above a lesson: a click shows the same section in that language. */
class ReaderLanguageSwitchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private PartHarness window;
    private ReaderPart reader;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        reader = window.part(ReaderPart.class);
        ContextInjectionFactory.make(LibraryModel.class, window.context).reload().join();
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private Link alsoIn() {
        return Controls.all(window.shell, Link.class).stream().filter(link -> link.getText().startsWith("Also in:"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'Also in' line"));
    }

    private boolean pageIn(String lang) {
        try {
            return Files.readString(reader.shownPage()).contains("lang=\"" + lang + "\"");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void aLessonIsSwitchedToAnotherLanguageAtTheSectionBeingRead() {
        reader.show(new OpenRequest(new ContentLink(ContentLink.Kind.LESSON, "tip-def-children",
                Optional.of("two-elements")), Optional.of("sendero-starter"), List.of()).inLanguage("en"));
        window.until(() -> reader.shownTitle().startsWith("Children"), WAIT,
                "the English lesson: " + reader.shownTitle());
        Link link = alsoIn();
        assertTrue(link.isVisible());
        assertTrue(link.getText().contains(">Español</a>") && link.getText().contains(">Français</a>"), link.getText());
        assertFalse(link.getText().contains("English"), "the language on the screen is not offered");
        window.until(() -> reader.browser().getUrl().endsWith("#two-elements"), WAIT, "the section is shown");
        window.spin(Duration.ofMillis(500));
        window.screenshot("reader-also-in");

        Event click = new Event();
        click.text = "es";
        link.notifyListeners(SWT.Selection, click);
        window.until(() -> pageIn("es"), WAIT, "the Spanish version is shown");
        window.until(() -> reader.shownTitle().startsWith("Niñas, niños y adolescentes"), WAIT, reader.shownTitle());
        window.until(() -> reader.browser().getUrl().endsWith("#two-elements"), WAIT,
                "the same section, in Spanish: " + reader.browser().getUrl());
        assertTrue(alsoIn().getText().contains(">English</a>") && alsoIn().getText().contains(">Français</a>"),
                alsoIn().getText());
    }
}

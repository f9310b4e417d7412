package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.content.PackExporter;
import org.sendero.content.authoring.SigningKey;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.core.ContentImporter;
import org.sendero.ui.internal.handlers.ImportHandler;
import org.sendero.ui.library.LibraryModel;

/**
 * File > Import of a pack whose signer changed, through the real handler and the real dialogs: the
 * question names the pack, the installed key and the new one, and only Yes installs the copy.
 */
class SignerQuestionTest {

    private static final String PACK_ID = "signer-question";

    @TempDir
    Path temp;

    private PartHarness window;
    private ContentLibrary library;
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        library = window.context.get(ContentLibrary.class);
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (installed().isPresent()) {
            library.remove(PACK_ID);
        }
        window.close();
    }

    private Optional<InstalledPack> installed() throws Exception {
        return library.installed().stream().filter(pack -> pack.info().id().equals(PACK_ID)).findFirst();
    }

    private Path packFile(String version, SigningKey key) throws Exception {
        Path folder = ExamplePack.copyInto(temp.resolve("v" + version));
        Path yaml = folder.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: office-referral", "id: " + PACK_ID)
                .replace("version: 1.2.0", "version: " + version));
        Path file = temp.resolve(PACK_ID + "-" + version + ".sendero");
        window.context.get(PackExporter.class).export(folder, file, Optional.of(key.file()));
        return file;
    }

    /** Answers every dialog the import opens: the signer question with {@code answer}, the rest with OK. */
    private void answerDialogs(int answer) {
        Runnable[] check = new Runnable[1];
        long giveUp = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        check[0] = () -> {
            if (System.nanoTime() > giveUp) {
                // a dialog nobody recognised: close it, so that the test fails instead of waiting forever
                for (Shell shell : window.display.getShells()) {
                    if (shell != window.shell && !shell.isDisposed()) {
                        shell.close();
                    }
                }
                return;
            }
            for (Shell shell : window.display.getShells()) {
                if (shell == window.shell || shell.isDisposed() || !shell.isVisible()) {
                    continue;
                }
                String text = String.join("\n", Controls.all(shell, Label.class).stream().map(Label::getText).toList());
                List<Button> buttons = Controls.all(shell, Button.class);
                String wanted = text.contains("SHA256:") && text.contains("Install it?")
                        ? (answer == SWT.YES ? IDialogConstants.YES_LABEL : IDialogConstants.NO_LABEL)
                        : IDialogConstants.OK_LABEL;
                for (Button button : buttons) {
                    if (button.getText().equals(wanted)) {
                        if (!wanted.equals(IDialogConstants.OK_LABEL)) {
                            questions.add(text);
                        }
                        window.screenshot(shell, wanted.equals(IDialogConstants.OK_LABEL) ? "signer-question-outcome"
                                : "signer-question");
                        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    }
                }
            }
            if (!window.shell.isDisposed()) {
                window.display.timerExec(200, check[0]);
            }
        };
        window.display.timerExec(200, check[0]);
    }

    private void importThroughTheHandler(Path file) {
        ImportHandler handler = new ImportHandler();
        LibraryModel model = ContextInjectionFactory.make(LibraryModel.class, window.context);
        handler.importFile(window.shell, file, window.context.get(ContentImporter.class), library, model);
    }

    @Test
    void yesInstallsTheCopySignedByTheNewKeyAfterAQuestionNamingBoth() throws Exception {
        SigningKey first = SigningKeys.generate(temp, "office-a");
        SigningKey second = SigningKeys.generate(temp, "office-b");
        library.install(packFile("1.0.0", first), false);

        answerDialogs(SWT.YES);
        importThroughTheHandler(packFile("1.1.0", second));

        assertEquals(1, questions.size(), "one question was asked");
        assertTrue(questions.get(0).contains(PACK_ID), questions.get(0));
        assertTrue(questions.get(0).contains(first.fingerprint()), "the installed key is named: " + questions.get(0));
        assertTrue(questions.get(0).contains(second.fingerprint()), "the new key is named: " + questions.get(0));
        window.until(() -> signerIs(second.fingerprint()), Duration.ofSeconds(20), "the copy is installed");
        assertEquals("1.1.0", installed().orElseThrow().info().version().toString());
    }

    @Test
    void noLeavesThePackAsItWas() throws Exception {
        SigningKey first = SigningKeys.generate(temp, "office-a");
        SigningKey second = SigningKeys.generate(temp, "office-b");
        library.install(packFile("1.0.0", first), false);

        answerDialogs(SWT.NO);
        importThroughTheHandler(packFile("1.1.0", second));

        assertEquals(1, questions.size(), "one question was asked");
        assertTrue(signerIs(first.fingerprint()));
        assertEquals("1.0.0", installed().orElseThrow().info().version().toString());
    }

    private boolean signerIs(String fingerprint) {
        try {
            return installed().flatMap(InstalledPack::signer).filter(fingerprint::equals).isPresent();
        } catch (Exception e) {
            return false;
        }
    }
}

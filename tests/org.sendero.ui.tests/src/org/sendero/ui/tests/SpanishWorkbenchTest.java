package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sendero.authoring.internal.FileOpener;
import org.sendero.authoring.internal.OpenPack;
import org.sendero.authoring.internal.PackTreePart;
import org.sendero.authoring.internal.PreviewPart;
import org.sendero.authoring.internal.ProblemsPart;
import org.sendero.content.PackValidator;
import org.sendero.ui.internal.parts.LibraryPart;
import org.sendero.ui.internal.parts.MyProgressPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.parts.SearchPart;

/**
 * The main screens started in Spanish (this class runs in a test runtime started with -nl es): the
 * parts speak Spanish, and no text of theirs is the English one.
 */
class SpanishWorkbenchTest {

    /** JFace's buttons and the workbench's tab menu come from Eclipse, in Spanish through Sendero's fragments. */
    @Test
    void theDialogButtonsAndTheTabMenuSpeakSpanish() throws Exception {
        try (PartHarness window = new PartHarness()) {
            MessageDialog question = new MessageDialog(window.shell, "Pregunta", null, "¿Abrir el enlace?",
                    MessageDialog.QUESTION, 0, IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL);
            question.setBlockOnOpen(false);
            question.open();
            try {
                List<String> buttons = Controls.all(question.getShell(), Button.class).stream().map(Button::getText)
                        .toList();
                // GTK puts No before Yes
                assertEquals(Set.of("&Sí", "&No"), Set.copyOf(buttons));
            } finally {
                question.close();
            }
        }
        assertEquals(List.of("Cancelar", "&Cerrar", "< &Atrás", "&Siguiente >", "&Finalizar"),
                List.of(IDialogConstants.CANCEL_LABEL, IDialogConstants.CLOSE_LABEL, IDialogConstants.BACK_LABEL,
                        IDialogConstants.NEXT_LABEL, IDialogConstants.FINISH_LABEL));
        assertEquals("&Cerrar", message("org.eclipse.e4.ui.workbench.renderers.swt",
                "org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages", "menuClose"));
        assertEquals("Cerrar las &demás", message("org.eclipse.e4.ui.workbench.renderers.swt",
                "org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages", "menuCloseOthers"));
        assertEquals("&Restaurar", message("org.eclipse.e4.ui.workbench.addons.swt",
                "org.eclipse.e4.ui.workbench.addons.minmax.Messages", "TrimStack_RestoreText"));
    }

    /** A message field of an Eclipse bundle's NLS class, as that bundle shows it. */
    private static String message(String bundle, String messagesClass, String field)
            throws ReflectiveOperationException {
        for (Bundle candidate : FrameworkUtil.getBundle(SpanishWorkbenchTest.class).getBundleContext().getBundles()) {
            if (candidate.getSymbolicName().equals(bundle)) {
                return (String) candidate.loadClass(messagesClass).getField(field).get(null);
            }
        }
        throw new AssertionError(bundle + " is not in the runtime");
    }

    @Test
    void theMainScreensShowNoEnglishText() throws IOException {
        assertEquals("es", Locale.getDefault().getLanguage(), "this test runs in a Spanish runtime");
        Set<String> english = englishMessages();
        try (PartHarness window = new PartHarness()) {
            LibraryPart library = window.part(LibraryPart.class);
            window.part(SearchPart.class);
            window.part(ReaderPart.class);
            window.part(MyProgressPart.class);
            window.until(() -> library.statusText().contains("cursos"), Duration.ofSeconds(60),
                    "the library is read: " + library.statusText());
            window.spin(Duration.ofSeconds(2));

            List<String> shown = new ArrayList<>();
            collect(window.shell, shown);
            assertTrue(shown.contains("Cursos"), "the library's first group is in Spanish: " + shown);
            assertTrue(english.size() > 30 && shown.size() > 10,
                    english.size() + " English texts, " + shown.size() + " shown");
            List<String> stillEnglish = shown.stream().filter(english::contains).toList();
            assertEquals(List.of(), stillEnglish, "English text on a Spanish screen");
        }
    }

    @Test
    void theAuthoringPartsShowNoEnglishText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temporary)
            throws IOException {
        assertEquals("es", Locale.getDefault().getLanguage(), "this test runs in a Spanish runtime");
        Set<String> english = englishMessages(FrameworkUtil.getBundle(PackTreePart.class));
        java.nio.file.Path pack = ExamplePack.copyInto(temporary);
        try (PartHarness window = new PartHarness()) {
            OpenPack open = new OpenPack(window.context.get(PackValidator.class), window.display::asyncExec);
            window.context.set(OpenPack.class, open);
            window.context.set(FileOpener.class, (file, line) -> {
            });
            window.part(PackTreePart.class);
            window.part(PreviewPart.class);
            window.part(ProblemsPart.class);
            open.open(pack);
            window.until(() -> open.checksDone() == 1, Duration.ofSeconds(20), "the pack is checked");

            List<String> shown = new ArrayList<>();
            collect(window.shell, shown);
            assertTrue(shown.contains("Curso") && shown.contains("Lecci\u00f3n") && shown.contains("Gravedad"),
                    "the kinds and the columns are in Spanish: " + shown);
            assertTrue(english.size() > 30, english.size() + " English texts");
            assertEquals(List.of(), shown.stream().filter(english::contains).toList(),
                    "English text on a Spanish screen");
        }
    }

    /** The texts of labels, buttons and the library's groups, as a person reads them. */
    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label && !label.getText().isBlank()) {
            texts.add(label.getText().replace("&", "").strip());
        } else if (control instanceof Button button && !button.getText().isBlank()) {
            texts.add(button.getText().replace("&", "").strip());
        } else if (control instanceof Tree tree) {
            for (org.eclipse.swt.widgets.TreeColumn column : tree.getColumns()) {
                texts.add(column.getText());
            }
            for (TreeItem item : tree.getItems()) {
                collect(item, tree.getColumnCount(), texts);
            }
        } else if (control instanceof org.eclipse.swt.widgets.Table table) {
            for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
                texts.add(column.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    /** A tree row's texts: every column's, and its children's (the library's tree has one column). */
    private static void collect(TreeItem item, int columns, List<String> texts) {
        for (int column = 0; column < Math.max(1, columns); column++) {
            texts.add(item.getText(column));
        }
        for (TreeItem child : item.getItems()) {
            collect(child, columns, texts);
        }
    }

    /**
     * Every English string of the workbench's message files that differs from its Spanish
     * translation (words that are the same in both languages are not evidence of anything).
     */
    private static Set<String> englishMessages() throws IOException {
        return englishMessages(FrameworkUtil.getBundle(SearchPart.class));
    }

    private static Set<String> englishMessages(Bundle ui) throws IOException {
        Set<String> english = new HashSet<>();
        for (URL file : Collections.list(ui.findEntries("/", "messages.properties", true))) {
            Properties en = load(file);
            Properties es = load(new URL(file.toString().replace("messages.properties", "messages_es.properties")));
            for (String key : en.stringPropertyNames()) {
                String text = en.getProperty(key).replace("&", "").replace("''", "'").strip();
                if (!text.contains("{") && !text.equalsIgnoreCase(es.getProperty(key, "").replace("&", "").strip())) {
                    english.add(text);
                }
            }
        }
        for (String group : List.of("Courses", "Guidance by topic", "Guidance by type")) {
            english.add(group);
        }
        return english;
    }

    private static Properties load(URL file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}

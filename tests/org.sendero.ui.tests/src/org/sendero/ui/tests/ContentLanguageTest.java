package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentLibrary;
import org.sendero.core.content.ContentLink;
import org.sendero.ui.internal.library.LibraryNode;
import org.sendero.ui.internal.library.LibraryWords;
import org.sendero.ui.internal.parts.LibraryPart;
import org.sendero.ui.internal.parts.Messages;
import org.sendero.ui.internal.parts.QuizPart;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.preferences.UiPreferences;
import org.sendero.ui.quiz.QuizLauncher;

/**
 * The learner's content language (Preferences) decides which version of a document, lesson or
 * quiz opens; where there is none in it, the library, the reader and the quiz say so in one line
 * instead of showing another language silently. The example pack is in English and Spanish only.
 */
class ContentLanguageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PACK = "office-referral";

    @TempDir
    Path temp;

    private PartHarness window;
    private UiPreferences preferences;
    private ContentLibrary library;

    @BeforeEach
    void installTheExamplePack() throws Exception {
        window = new PartHarness();
        preferences = ContextInjectionFactory.make(UiPreferences.class, window.context);
        library = window.context.get(ContentLibrary.class);
        library.install(ExamplePack.copyInto(temp), true);
        ContextInjectionFactory.make(LibraryModel.class, window.context).reload().join();
    }

    @AfterEach
    void restore() throws Exception {
        preferences.setContentLanguage(Optional.empty());
        library.remove(PACK);
        window.close();
    }

    private static String languageName(String lang) {
        return Locale.forLanguageTag(lang).getDisplayLanguage(Locale.getDefault());
    }

    @Test
    void aDocumentWithoutTheChosenLanguageOpensInAnotherWithANotice() {
        preferences.setContentLanguage(Optional.of("fr"));
        ReaderPart reader = window.part(ReaderPart.class);
        reader.show(OpenRequest.of(new ContentLink(ContentLink.Kind.GUIDANCE, "border-referral", Optional.empty()),
                PACK));
        window.until(() -> reader.shownTitle().equals("Referral at the northern crossing"), WAIT,
                "the English version, the first fallback: " + reader.shownTitle());
        Link line = Controls.all(window.shell, Link.class).stream().filter(Link::isVisible).findFirst()
                .orElseThrow(() -> new AssertionError("no language line above the document"));
        String notice = NLS.bind(Messages.ReaderPart_notIn, languageName("fr"), languageName("en"));
        assertTrue(line.getText().startsWith(notice), "the reader says why: " + line.getText());
        assertTrue(line.getText().contains(">Español</a>"), "and offers the other version: " + line.getText());
        window.screenshot("reader-fallback-notice");

        preferences.setContentLanguage(Optional.of("es"));
        reader.show(OpenRequest.of(new ContentLink(ContentLink.Kind.GUIDANCE, "border-referral", Optional.empty()),
                PACK));
        window.until(() -> pageLanguage(reader).equals("es"), WAIT, "the Spanish version when Spanish is chosen");
        assertTrue(Controls.all(window.shell, Link.class).stream().filter(Link::isVisible)
                .noneMatch(link -> link.getText().startsWith(notice)), "no notice when the chosen language is shown");
    }

    @Test
    void aDocumentThatExistsInOneLanguageOnlySaysSo() throws Exception {
        preferences.setContentLanguage(Optional.of("es"));
        library.remove(PACK);
        Path pack = ExamplePack.copyInto(temp.resolve("english-only"));
        Files.delete(pack.resolve("guidance/border-referral.es.md"));
        library.install(pack, true);
        ContextInjectionFactory.make(LibraryModel.class, window.context).reload().join();
        ReaderPart reader = window.part(ReaderPart.class);
        reader.show(OpenRequest.of(new ContentLink(ContentLink.Kind.GUIDANCE, "border-referral", Optional.empty()),
                PACK));
        window.until(() -> pageLanguage(reader).equals("en"), WAIT, "the only version there is");
        String notice = NLS.bind(Messages.ReaderPart_onlyIn, languageName("en"));
        window.until(() -> Controls.all(window.shell, Link.class).stream().filter(Link::isVisible)
                .anyMatch(link -> link.getText().equals(notice)), WAIT, "'" + notice + "' above the document");
    }

    @Test
    void theLibraryListsTheChosenLanguageAndMarksWhatIsInAnother() {
        preferences.setContentLanguage(Optional.of("es"));
        LibraryPart part = window.part(LibraryPart.class);
        window.until(() -> labels(part).contains("Referencia básica"), WAIT,
                "the Spanish course title: " + labels(part));
        LibraryWords words = new LibraryWords(Locale.getDefault());
        assertTrue(labels(part).stream()
                .noneMatch(
                        label -> label.endsWith(words.apply("onlyIn.en")) || label.endsWith(words.apply("onlyIn.fr"))),
                "everything exists in Spanish, nothing is marked: " + labels(part));

        preferences.setContentLanguage(Optional.of("fr"));
        String inEnglish = new LibraryWords(Locale.getDefault()).apply("onlyIn.en");
        window.until(() -> labels(part).contains("Referral at the northern crossing " + inEnglish), WAIT,
                "a document with no French version is marked: " + labels(part));
        assertTrue(
                treeRows(part).stream()
                        .anyMatch(row -> row.startsWith("Referral at the northern crossing " + inEnglish)),
                "the tree shows the mark");
        window.screenshot("library-fallback");
    }

    @Test
    void aQuizWithoutTheChosenLanguageSaysWhichOneItIsIn() {
        preferences.setContentLanguage(Optional.of("fr"));
        QuizPart quiz = window.part(QuizPart.class);
        ContextInjectionFactory.make(QuizLauncher.class, window.context).open(PACK, "first-contact-quiz");
        window.until(() -> quiz.itemAwaitingAnswer().isPresent(), WAIT, "the first question: " + quiz.bodyTexts());
        assertEquals("Check your understanding", quiz.titleText());
        String notice = NLS.bind(Messages.ReaderPart_notIn, languageName("fr"), languageName("en"));
        assertTrue(Controls.all(window.shell, Label.class).stream().anyMatch(l -> l.getText().startsWith(notice)),
                "the quiz says it is in English");
    }

    private static String pageLanguage(ReaderPart reader) {
        try {
            String page = Files.readString(reader.shownPage());
            int at = page.indexOf("lang=\"");
            return at < 0 ? "" : page.substring(at + 6, at + 8);
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * Every row of the library as the tree's content gives it (expanding the whole tree in a
     * waiting loop would keep SWT too busy to run the part's refresh).
     */
    private static List<String> labels(LibraryPart part) {
        List<String> all = new java.util.ArrayList<>();
        if (part.viewer().getInput() instanceof List<?> roots) {
            roots.forEach(root -> collect((LibraryNode) root, all));
        }
        return all;
    }

    private static void collect(LibraryNode node, List<String> into) {
        into.add(node.label());
        node.children().forEach(child -> collect(child, into));
    }

    /** The rows the tree shows, once opened all the way. */
    private static List<String> treeRows(LibraryPart part) {
        part.viewer().expandAll();
        List<String> rows = new java.util.ArrayList<>();
        java.util.Deque<TreeItem> items = new java.util.ArrayDeque<>(List.of(part.viewer().getTree().getItems()));
        while (!items.isEmpty()) {
            TreeItem item = items.pop();
            rows.add(item.getText());
            items.addAll(List.of(item.getItems()));
        }
        return rows;
    }
}

package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.authoring.internal.FileOpener;
import org.sendero.authoring.internal.OpenPack;
import org.sendero.authoring.internal.PackTreePart;
import org.sendero.authoring.internal.PreviewPart;
import org.sendero.authoring.internal.ProblemsPart;
import org.sendero.authoring.internal.TextEditorPart;
import org.sendero.authoring.internal.editor.FindReplaceDialog;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;

/**
 * The authoring layout on a copy of the example pack: the pack's tree, an editor, the live preview
 * and the problems, driven as a trainer does with keys and clicks.
 */
class AuthoringTest {

    private static final String LESSON = "courses/referral-basics/first-contact/fc-safe-space.en.md";
    private static final Duration RENDER = Duration.ofSeconds(20);
    private static final Duration CHECK = Duration.ofSeconds(20);

    @TempDir
    Path temporary;

    private Path pack;
    private PartHarness window;
    private OpenPack openPack;
    private HarnessEditors editors;
    private PackTreePart tree;
    private PreviewPart preview;
    private ProblemsPart problems;

    @BeforeEach
    void openTheExamplePack() throws IOException {
        pack = ExamplePack.copyInto(temporary);
        window = new PartHarness();
        openPack = new OpenPack(window.context.get(PackValidator.class), window.display::asyncExec);
        window.context.set(OpenPack.class, openPack);
        // the authoring layout: tree, editors and preview above, problems below
        window.sash.setOrientation(SWT.VERTICAL);
        SashForm top = new SashForm(window.sash, SWT.HORIZONTAL);
        Composite treeArea = new Composite(top, SWT.NONE);
        treeArea.setLayout(new org.eclipse.swt.layout.FillLayout());
        Composite editorArea = new Composite(top, SWT.NONE);
        Composite previewArea = new Composite(top, SWT.NONE);
        previewArea.setLayout(new org.eclipse.swt.layout.FillLayout());
        Composite problemsArea = new Composite(window.sash, SWT.NONE);
        problemsArea.setLayout(new org.eclipse.swt.layout.FillLayout());
        editors = new HarnessEditors(window, editorArea);
        window.context.set(FileOpener.class, editors);
        tree = window.part(PackTreePart.class, treeArea, context -> {
        });
        preview = window.part(PreviewPart.class, previewArea, context -> {
        });
        problems = window.part(ProblemsPart.class, problemsArea, context -> {
        });
        top.setWeights(26, 40, 34);
        window.sash.setWeights(75, 25);
        openPack.open(pack);
        window.until(() -> openPack.checksDone() == 1, CHECK, "the pack is checked");
        window.shell.layout(true, true);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    @Test
    void theTreeShowsCoursesModulesLessonsQuizzesGuidanceAndAssetsWithTheirKinds() {
        List<String> rows = new ArrayList<>();
        for (TreeItem item : tree.viewer().getTree().getItems()) {
            collect(item, rows);
        }
        assertTrue(rows.contains("pack.yaml | Pack settings"), rows.toString());
        assertTrue(rows.contains("referral-basics | Course"), rows.toString());
        assertTrue(rows.contains("first-contact | Module"), rows.toString());
        assertTrue(rows.contains("fc-safe-space.en.md | Lesson"), rows.toString());
        assertTrue(rows.contains("quiz.en.yaml | Quiz"), rows.toString());
        assertTrue(rows.contains("border-referral.en.md | Guidance document"), rows.toString());
        assertTrue(rows.contains("route.png | Asset"), rows.toString());
        assertEquals("pack.yaml", tree.viewer().getTree().getItem(0).getText(0), "the pack's settings come first");

        // Enter on a lesson opens it in an editor
        TreeItem lesson = find(tree.viewer().getTree().getItems(), "fc-safe-space.en.md");
        tree.viewer().getTree().setSelection(lesson);
        Event enter = new Event();
        enter.item = lesson;
        tree.viewer().getTree().notifyListeners(SWT.DefaultSelection, enter);
        TextEditorPart editor = editors.editor(pack.resolve(LESSON));
        assertNotNull(editor, "the lesson is open");
        assertTrue(editor.text().getText().startsWith("---\nid: fc-safe-space"), editor.text().getText());
    }

    @Test
    void typingUpdatesThePreviewAfterAPauseKeepsItsScrollAndMarksTheEditorDirtyUntilSaved() throws IOException {
        Path lesson = pack.resolve(LESSON);
        editors.open(lesson, 1);
        TextEditorPart editor = editors.editor(lesson);
        window.until(() -> preview.shownBody().contains("A safe space to talk"), RENDER,
                "the preview shows the lesson");
        window.until(() -> articleText().contains("A safe space to talk"), RENDER, "the browser shows the lesson");
        assertFalse(editor.isDirty());

        // a long lesson, scrolled down in the preview
        StyledText text = editor.text();
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            more.append("\nParagraph ").append(i).append(" of a long lesson about the first contact.\n");
        }
        text.setCaretOffset(text.getCharCount());
        text.insert(more.toString());
        window.until(() -> articleText().contains("Paragraph 60"), RENDER, "the preview shows the long lesson");
        preview.browser().evaluate("window.scrollTo(0, 400); return true;");
        window.until(() -> scrollY() == 400, RENDER, "the preview is scrolled");

        // type at the end, key by key
        text.setCaretOffset(text.getCharCount());
        int rendersBefore = preview.renders();
        type(text, "\nInterpreters help.");
        assertTrue(editor.isDirty(), "typing marks the editor dirty");
        assertTrue(text.getText().endsWith("Interpreters help."), text.getText());
        assertEquals(rendersBefore, preview.renders(), "nothing is rendered while the trainer types");
        window.until(() -> preview.shownBody().contains("Interpreters help."), RENDER,
                "the preview follows the typing");
        assertEquals(rendersBefore + 1, preview.renders(), "one render after the pause, not one per key");
        window.until(() -> articleText().contains("Interpreters help."), RENDER, "the browser shows the typed text");
        assertEquals(400, scrollY(), "the preview stays where the trainer was reading");
        window.screenshot("authoring");

        // the lesson's syntax is coloured: the heading line is bold
        int heading = text.getText().indexOf("# A safe space");
        StyleRange headingStyle = text.getStyleRangeAtOffset(heading + 2);
        assertNotNull(headingStyle, "the heading is coloured");
        assertEquals(SWT.BOLD, headingStyle.fontStyle & SWT.BOLD);

        // undo and redo
        editor.undo();
        assertFalse(text.getText().endsWith("Interpreters help."), "undo takes back the typing");
        editor.redo();
        assertTrue(text.getText().endsWith("Interpreters help."), "redo puts it back");

        editor.save();
        assertFalse(editor.isDirty(), "saving clears the dirty marker");
        assertFalse(editors.part(lesson).isDirty());
        assertTrue(Files.readString(lesson, StandardCharsets.UTF_8).endsWith("Interpreters help."),
                "the file holds the text");
        try (Stream<Path> files = Files.list(lesson.getParent())) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".part")),
                    "no temporary file is left");
        }

        // typing after a save is undone on its own, back to the saved text
        text.setSelection(text.getCharCount()); // redo selected what it put back
        type(text, " Kept.");
        editor.save();
        String saved = text.getText();
        assertTrue(saved.endsWith("Interpreters help. Kept."), saved);
        type(text, " More");
        editor.undo();
        assertEquals(saved, text.getText(), "undo stops at the save");
    }

    @Test
    void brokenYamlShowsAProblemAtItsLineAndTheFixClearsIt() {
        Path lesson = pack.resolve(LESSON);
        assertTrue(problemRows(LESSON).isEmpty(), "the example lesson has no problem: " + problemRows(LESSON));
        editors.open(lesson, 1);
        TextEditorPart editor = editors.editor(lesson);
        StyledText text = editor.text();
        int lineFour = text.getOffsetAtLine(3);
        String original = text.getLine(3);
        assertEquals("lang: en", original);
        text.replaceTextRange(lineFour, original.length(), "lang: en: es");
        window.spin(Duration.ofMillis(200));
        assertTrue(problemRows(LESSON).isEmpty(), "problems are checked on save, not while typing");
        saveAndWaitForTheCheck(editor);
        List<TableItem> rows = problemRows(LESSON);
        assertEquals(1, rows.size(),
                "one problem for the broken line: " + rows.stream().map(row -> row.getText(4)).toList());
        assertEquals("Error", rows.get(0).getText(0));
        assertEquals("4", rows.get(0).getText(2), "the problem is on the broken line: " + rows.get(0).getText(4));
        assertEquals("Errors: 1    Warnings: 0", problems.summaryText());
        window.until(() -> preview.shownBody().contains("Privacy first"), RENDER, "the preview shows the lesson");
        window.screenshot("authoring-problem");

        text.replaceTextRange(lineFour, "lang: en: es".length(), original);
        saveAndWaitForTheCheck(editor);
        assertTrue(problemRows(LESSON).isEmpty(), "the fix clears the problem");
    }

    @Test
    void findAndReplaceReplacesEveryMatchInOneStepToUndo() {
        Path lesson = pack.resolve(LESSON);
        editors.open(lesson, 1);
        TextEditorPart editor = editors.editor(lesson);
        String before = editor.text().getText();
        long matches = before.split("safe", -1).length - 1;
        assertTrue(matches >= 2, "the lesson says safe more than once");

        FindReplaceDialog dialog = editor.openFindReplace();
        try {
            assertSame(dialog, editor.openFindReplace(), "Ctrl+F again brings back the same window");
            dialog.findField().setText("safe");
            dialog.replaceField().setText("quiet");
            dialog.buttonFor("Find &next").notifyListeners(SWT.Selection, new Event());
            assertEquals("safe", editor.text().getSelectionText(), "find selects the next match");
            dialog.buttonFor("Replace &all").notifyListeners(SWT.Selection, new Event());
            assertFalse(editor.text().getText().contains("safe"), editor.text().getText());
            assertEquals(before.replace("safe", "quiet"), editor.text().getText());
            assertEquals(matches + " replaced", dialog.statusText());
            assertTrue(editor.isDirty());
            dialog.findField().setText("nowhere to be found");
            dialog.buttonFor("Find &next").notifyListeners(SWT.Selection, new Event());
            assertEquals("Not found: nowhere to be found", dialog.statusText());
        } finally {
            dialog.close();
        }
        editor.undo();
        assertEquals(before, editor.text().getText(), "one undo takes back every replacement");
    }

    @Test
    void doubleClickOnAProblemOpensTheFileWithTheCaretAtItsLine() throws IOException {
        Path module = pack.resolve("courses/referral-basics/first-contact/module.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(module, StandardCharsets.UTF_8));
        assertEquals("quiz: quiz", lines.get(6));
        lines.set(6, "quiz: quiz: again");
        Files.write(module, lines, StandardCharsets.UTF_8);
        long checks = openPack.checksDone();
        openPack.validate();
        window.until(() -> openPack.checksDone() > checks, CHECK, "the pack is checked again");
        List<TableItem> rows = problemRows("courses/referral-basics/first-contact/module.yaml");
        assertEquals(1, rows.size(), rows.stream().map(row -> row.getText(4)).toList().toString());
        Problem problem = (Problem) rows.get(0).getData();
        assertEquals(7, problem.line(), problem.toString());

        Table table = problems.viewer().getTable();
        table.setSelection(rows.get(0));
        Event doubleClick = new Event();
        doubleClick.item = rows.get(0);
        table.notifyListeners(SWT.DefaultSelection, doubleClick);

        TextEditorPart editor = editors.editor(module);
        assertNotNull(editor, "the file of the problem is open");
        StyledText text = editor.text();
        assertEquals(6, text.getLineAtOffset(text.getCaretOffset()), "the caret is on line 7");
        assertEquals(0, text.getCaretOffset() - text.getOffsetAtLine(6), "at the start of the line");
    }

    /** Saves, as Ctrl+S does, and waits for the check that every save starts. */
    private void saveAndWaitForTheCheck(TextEditorPart editor) {
        long checks = openPack.checksDone();
        editor.save();
        window.until(() -> openPack.checksDone() > checks, CHECK, "the pack is checked after the save");
    }

    private List<TableItem> problemRows(String path) {
        List<TableItem> rows = new ArrayList<>();
        for (TableItem item : problems.viewer().getTable().getItems()) {
            if (item.getText(1).equals(path)) {
                rows.add(item);
            }
        }
        return rows;
    }

    private void type(StyledText text, String keys) {
        for (char c : keys.toCharArray()) {
            Event key = new Event();
            key.character = c == '\n' ? SWT.CR : c;
            key.keyCode = c == '\n' ? SWT.CR : c;
            text.notifyListeners(SWT.KeyDown, key);
        }
    }

    private String articleText() {
        Object text = preview.browser()
                .evaluate("var a = document.querySelector('article'); return a ? a.textContent : '';");
        return text == null ? "" : text.toString();
    }

    private int scrollY() {
        Object y = preview.browser().evaluate("return window.scrollY;");
        return y instanceof Number number ? number.intValue() : -1;
    }

    private static void collect(TreeItem item, List<String> rows) {
        rows.add(item.getText(0) + " | " + item.getText(1));
        for (TreeItem child : item.getItems()) {
            collect(child, rows);
        }
    }

    private static TreeItem find(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (item.getText(0).equals(name)) {
                return item;
            }
            TreeItem found = find(item.getItems(), name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}

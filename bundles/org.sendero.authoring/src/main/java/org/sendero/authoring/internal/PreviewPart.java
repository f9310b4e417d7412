package org.sendero.authoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.authoring.internal.OpenPack.EditedText;
import org.sendero.content.MarkdownRenderer;
import org.sendero.ui.preferences.UiPreferences;
import org.sendero.ui.reader.ReaderPage;

import com.google.gson.Gson;

/**
 * The Markdown file being edited as learners will read it: the reader's page, stylesheet and
 * security policy. It follows the typing after a short pause, and changes the page in place so the
 * scroll position stays where the trainer is reading.
 */
public final class PreviewPart {

    /** Long enough to skip keystrokes while someone types, short enough to feel live. */
    static final int DELAY_MILLIS = 300;
    /**
     * The article as a JavaScript string literal: Gson's escaping also covers U+2028 and U+2029,
     * which end a literal in older engines, and its HTML-safe escapes keep a "</script>" in the text
     * inert wherever the script ends up.
     */
    private static final Gson JS_STRING = new Gson();

    private final OpenPack pack;
    private final MarkdownRenderer renderer;
    private final UiPreferences preferences;
    private final SecureRandom random = new SecureRandom();
    private final Consumer<EditedText> onText = this::textChanged;
    private final Runnable renderPending = this::renderPending;
    private final StackLayout stack = new StackLayout();
    private Composite root;
    private Label placeholder;
    private Browser browser;
    private Path pages;
    private EditedText pending;
    private Path shownFile;
    private String shownBody = "";
    private int renders;
    private boolean disposed;

    @Inject
    public PreviewPart(OpenPack pack, MarkdownRenderer renderer, UiPreferences preferences) {
        this.pack = pack;
        this.renderer = renderer;
        this.preferences = preferences;
    }

    @PostConstruct
    public void create(Composite parent) throws IOException {
        root = parent;
        parent.setLayout(stack);
        placeholder = new Label(parent, SWT.WRAP);
        placeholder.setText("\n  " + Messages.Preview_nothing);
        browser = new Browser(parent, SWT.NONE);
        stack.topControl = placeholder;
        pages = Files.createTempDirectory("sendero-preview");
        pack.onText(onText);
    }

    private void textChanged(EditedText text) {
        if (!text.isMarkdown() || disposed) {
            return;
        }
        pending = text;
        // the same runnable again moves its timer: only a pause in the typing renders
        root.getDisplay().timerExec(DELAY_MILLIS, renderPending);
    }

    private void renderPending() {
        if (pending == null || disposed) {
            return;
        }
        EditedText text = pending;
        pending = null;
        String packId = pack.packId();
        Map<String, Path> folders = pack.folder().map(folder -> Map.of(packId, folder)).orElse(Map.of());
        String html = renderer.render(text.text(), packId).html();
        String body = ReaderPage.assets(html, folders);
        renders++;
        if (text.file().equals(shownFile) && updateInPlace(body)) {
            shownBody = body;
            return;
        }
        String name = text.file().getFileName().toString();
        String page = ReaderPage.build(name, language(name), html, ReaderPage.stylesheet(),
                preferences.readerFontSize(), folders,
                HexFormat.of().formatHex(random.generateSeed(16)), 0);
        try {
            Path file = Files.createTempFile(pages, "preview", ".html");
            Files.writeString(file, page, StandardCharsets.UTF_8);
            browser.setUrl(file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shownFile = text.file();
        shownBody = body;
        stack.topControl = browser;
        root.layout();
    }

    /** Replaces the article of the page shown, keeping where it is scrolled to. */
    private boolean updateInPlace(String body) {
        try {
            return Boolean.TRUE.equals(browser.evaluate("var article = document.querySelector('article');"
                    + "if (!article) { return false; } article.innerHTML = " + JS_STRING.toJson(body)
                    + "; return true;"));
        } catch (SWTException notLoaded) {
            return false;
        }
    }

    /** The language of lesson.LANG.md, for the page's hyphenation and the screen reader's voice. */
    private static String language(String fileName) {
        String[] parts = fileName.split("\\.");
        return parts.length >= 3 ? parts[parts.length - 2] : "en";
    }

    @PreDestroy
    public void dispose() {
        disposed = true;
        pack.removeTextListener(onText);
        if (!root.isDisposed()) {
            root.getDisplay().timerExec(-1, renderPending);
        }
        try (Stream<Path> files = Files.list(pages)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(pages);
        } catch (IOException e) {
            // temporary pages only; the system's temporary folder is cleaned anyway
        }
    }

    /** For tests: the document's HTML as shown now, and how many times it was rendered. */
    public String shownBody() {
        return shownBody;
    }

    public int renders() {
        return renders;
    }

    public Browser browser() {
        return browser;
    }
}

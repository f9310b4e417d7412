package org.sendero.ui.internal.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole HTML page the reader shows around a rendered document: the product's stylesheet, a
 * content security policy that lets only the product's own script run (content can never carry
 * script: the renderer escapes it, and the policy would refuse it anyway) and reach nothing but
 * the browser widget's own channel back to Java (swt:), and images of the pack's assets pointed at
 * the installed pack folder.
 */
public final class ReaderPage {

    /** The one script of the reader: tell the product when the learner has seen the end. */
    private static final String END_SCRIPT = """
            (function () {
              var told = false;
              function check() {
                var page = document.documentElement;
                if (!told && window.innerHeight + window.scrollY >= page.scrollHeight - 24
                    && typeof senderoReachedEnd === 'function') {
                  told = true;
                  senderoReachedEnd();
                }
              }
              window.addEventListener('scroll', check);
              // the product's function arrives once the page has loaded: look again until then
              var tries = setInterval(function () { check(); if (told) { clearInterval(tries); } }, 500);
            })();
            """;

    private static final Pattern ASSET = Pattern.compile("(src|href)=\"sendero://asset/([a-z0-9-]+)/([^\"]+)\"");

    private ReaderPage() {
    }

    /**
     * @param body the safe HTML of the document
     * @param packFolders the installed folder of each pack, for its images
     * @param nonce a fresh random value: only a script carrying it may run
     */
    public static String build(String title, String language, String body, String stylesheet, int fontSizePixels,
            Map<String, Path> packFolders, String nonce) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src file:; "
                + "style-src 'unsafe-inline'; script-src 'nonce-" + nonce + "'; connect-src swt:\">"
                + "<title>" + escape(title) + "</title><style>:root { --sendero-font-size: " + fontSizePixels + "px; }\n"
                + stylesheet + "</style></head>"
                + "<body><article>" + assets(body, packFolders) + "</article>"
                + "<script nonce=\"" + nonce + "\">" + END_SCRIPT + "</script></body></html>";
    }

    /** The body with the pack's images pointed at the pack folders (also for a page updated in place). */
    public static String assets(String body, Map<String, Path> packFolders) {
        Matcher matcher = ASSET.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Path folder = packFolders.get(matcher.group(2));
            String target = folder == null ? "" : folder.resolve(matcher.group(3)).normalize().toUri().toString();
            if (folder != null && !folder.resolve(matcher.group(3)).normalize().startsWith(folder)) {
                target = "";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "=\"" + target + "\""));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The reader's stylesheet, the same for learners and for the trainers' preview. */
    public static String stylesheet() {
        try (InputStream css = ReaderPage.class.getResourceAsStream("reader.css")) {
            return css == null ? "" : new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

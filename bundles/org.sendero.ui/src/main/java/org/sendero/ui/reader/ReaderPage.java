package org.sendero.ui.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendero.core.Html;

/**
 * The whole HTML page the reader shows around a rendered document: the product's stylesheet, a
 * content security policy that lets only the product's own script run (content can never carry
 * script: the renderer escapes it, and the policy would refuse it anyway) and reach nothing but
 * the browser widget's own channel back to Java (swt:), and images of the pack's assets pointed at
 * the installed pack folder.
 */
public final class ReaderPage {

    /**
     * The one script of the reader: tell the product when the learner has seen the end and, a
     * moment after each scroll, where they are; start at the place given. A place is the top of
     * the window in thousandths of the page's height, so that another text size lands near it.
     */
    private static final String SCRIPT = """
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
              var ready = false;
              function place() {
                var height = document.documentElement.scrollHeight;
                return height > 0 ? Math.round(window.scrollY * 1000 / height) : 0;
              }
              // before the page has loaded and gone to its start, the place would be a wrong one
              window.senderoPlace = function (page) { return ready && page === 'PAGE_ID' ? place() : -1; };
              var settling;
              window.addEventListener('scroll', function () {
                check();
                clearTimeout(settling);
                settling = setTimeout(function () {
                  if (typeof senderoScrolled === 'function') {
                    senderoScrolled(place());
                  }
                }, 400);
              });
              var start = START_PLACE;
              window.addEventListener('load', function () {
                if (start > 0) {
                  window.scrollTo(0, Math.round(start * document.documentElement.scrollHeight / 1000));
                }
                ready = true;
              });
              // the product's function arrives once the page has loaded: look again until then
              var tries = setInterval(function () { check(); if (told) { clearInterval(tries); } }, 500);
            })();
            """;

    /**
     * What to ask with {@code Browser.evaluate}: the place in the page built with {@code nonce}, or
     * -1 while that page has not loaded (the page before may still be there).
     */
    public static String placeQuery(String nonce) {
        return "return typeof senderoPlace === 'function' ? senderoPlace('" + nonce + "') : -1;";
    }

    /**
     * What to ask with {@code Browser.evaluate}: the anchor of the last section heading at or above
     * the top of the view, the section being read ("" above the first one). Translations share
     * their anchors, so the same section can be shown in another language.
     */
    public static final String SECTION_QUERY = "var found = ''; var headings = document.querySelectorAll('h2[id], h3[id]');"
            + " for (var i = 0; i < headings.length; i++) { if (headings[i].getBoundingClientRect().top <= 8) {"
            + " found = headings[i].id; } } return found;";

    private static final Pattern ASSET = Pattern.compile("(src|href)=\"sendero://asset/([a-z0-9-]+)/([^\"]+)\"");

    private ReaderPage() {
    }

    /**
     * @param body the safe HTML of the document
     * @param packFolders the installed folder of each pack, for its images
     * @param nonce a fresh random value: only a script carrying it may run
     * @param startPlace where to scroll once loaded, in thousandths of the page's height; 0 for the top
     */
    public static String build(String title, String language, String body, String stylesheet, int fontSizePixels,
            Map<String, Path> packFolders, String nonce, int startPlace) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src file:; "
                + "style-src 'unsafe-inline'; script-src 'nonce-" + nonce + "'; connect-src swt:\">"
                + "<title>" + Html.escape(title) + "</title><style>:root { --sendero-font-size: " + fontSizePixels
                + "px; }\n"
                + stylesheet + "</style></head>"
                + "<body><article>" + assets(body, packFolders) + "</article>"
                + "<script nonce=\"" + nonce + "\">"
                + SCRIPT.replace("START_PLACE", Integer.toString(Math.clamp(startPlace, 0, 1000)))
                        .replace("PAGE_ID", nonce)
                + "</script></body></html>";
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

}

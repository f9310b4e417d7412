package org.sendero.ui.internal.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sendero.core.Html;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.Pack;

/**
 * Marks glossary terms in a rendered document, so that a reader meets each term's translation and
 * note where the term is used: the first time a term appears in a section (after each heading it
 * counts again), it is wrapped in an element the reader underlines and that shows, on hover or
 * keyboard focus, the term in the other languages and the first sentence of its note.
 *
 * <p>Only the document's language is looked for, as the term is written (accents count; capitals
 * do not, so a term opening a sentence is found), whole words only, and the longest form first:
 * "tráfico ilícito de migrantes" is marked, not the "tráfico" inside it. Nothing inside a heading,
 * a link, code, a search highlight or an office blank is touched. A single word that only clips
 * the term's first form ("trata" of "trata de personas") is not looked for: on its own it has
 * other meanings ("se trata de").
 */
public final class GlossaryMarker {

    public static final String CSS_CLASS = "glossary-term";

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)?[^>]*>");
    private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");
    private static final Set<String> SKIPPED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd",
            "samp", "mark", "script", "style", "title", "button", "textarea", "select");
    /** Spans of these classes are marks already: office blanks and glossary terms. */
    private static final Set<String> SKIPPED_CLASSES = Set.of("office-field", CSS_CLASS);
    private static final Set<String> VOID = Set.of("br", "img", "hr", "input", "wbr", "meta", "link", "col", "area",
            "base", "source", "track", "embed", "param");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    private final String language;
    private final Pattern forms;
    private final Map<String, GlossaryTerm> byForm;

    /** @param language the document's language: its terms are the ones looked for */
    public GlossaryMarker(List<GlossaryTerm> terms, String language) {
        this.language = language;
        Map<String, GlossaryTerm> found = new HashMap<>();
        for (GlossaryTerm term : terms) {
            List<String> written = term.terms().getOrDefault(language, List.of());
            for (String form : written) {
                if (!form.isBlank() && !clipped(form, written.get(0))) {
                    found.putIfAbsent(key(form), term);
                }
            }
        }
        byForm = Map.copyOf(found);
        String alternatives = byForm.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(GlossaryMarker::regex).collect(Collectors.joining("|"));
        forms = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A marker for the glossary of every installed pack. */
    public static GlossaryMarker of(List<Pack> packs, String language) {
        return new GlossaryMarker(Glossaries.of(packs), language == null ? "" : language);
    }

    /** The reader's styles for the marked terms and their popups. */
    public static String stylesheet() {
        try (InputStream css = GlossaryMarker.class.getResourceAsStream("glossary.css")) {
            return css == null ? "" : "\n" + new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code html} with the first use of each term in each section marked. */
    public String mark(String html) {
        if (forms == null) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 512);
        Deque<Boolean> open = new ArrayDeque<>();
        Marking marking = new Marking();
        int skipping = 0;
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            String text = html.substring(at, tag.start());
            out.append(skipping > 0 ? text : markText(text, marking));
            out.append(tag.group());
            at = tag.end();
            String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase(Locale.ROOT);
            if (name.isEmpty() || VOID.contains(name) || tag.group().endsWith("/>")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                if (HEADING.matcher(name).matches()) {
                    marking.seen.clear(); // a new section: its terms are explained again
                }
                boolean skip = SKIPPED.contains(name) || skippedClass(tag.group());
                open.push(skip);
                skipping += skip ? 1 : 0;
            } else if (!open.isEmpty()) {
                skipping -= open.pop() ? 1 : 0;
            }
        }
        String rest = html.substring(at);
        out.append(skipping > 0 ? rest : markText(rest, marking));
        return out.toString();
    }

    private static boolean skippedClass(String tag) {
        Matcher classes = CLASS.matcher(tag);
        return classes.find()
                && java.util.Arrays.stream(classes.group(1).split("\\s+")).anyMatch(SKIPPED_CLASSES::contains);
    }

    /** One pass over a document: the terms marked in the current section, and how many popups so far (for their ids). */
    private static final class Marking {
        final Set<String> seen = new HashSet<>();
        int popups;
    }

    private String markText(String text, Marking marking) {
        if (text.isBlank()) {
            return text;
        }
        Matcher match = forms.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        while (match.find()) {
            GlossaryTerm term = byForm.get(key(Html.unescape(match.group())));
            if (term == null || !marking.seen.add(term.id())) {
                continue;
            }
            out.append(text, at, match.start()).append(element(term, match.group(), ++marking.popups));
            at = match.end();
        }
        return at == 0 ? text : out.append(text.substring(at)).toString();
    }

    /** The marked term and its popup, described by the popup for screen readers. */
    private String element(GlossaryTerm term, String written, int number) {
        String id = "sendero-glossary-" + number;
        StringBuilder popup = new StringBuilder();
        for (Map.Entry<String, List<String>> other : term.terms().entrySet()) {
            if (!other.getKey().equals(language) && !other.getValue().isEmpty()) {
                popup.append("<span class=\"glossary-translation\" lang=\"").append(Html.escape(other.getKey()))
                        .append("\"><span class=\"glossary-language\">").append(Html.escape(nameOf(other.getKey())))
                        .append(":</span> ").append(Html.escape(other.getValue().get(0))).append("</span>");
            }
        }
        String note = TermNote.shortNote(term.note().byLanguage().getOrDefault(language, ""), language);
        if (!note.isEmpty()) {
            popup.append("<span class=\"glossary-note\">").append(Html.escape(note)).append("</span>");
        }
        if (popup.isEmpty()) {
            return written; // nothing to tell beyond the word itself
        }
        return "<span class=\"" + CSS_CLASS + "\" tabindex=\"0\" role=\"button\" data-term=\"" + Html.escape(term.id())
                + "\" aria-describedby=\"" + id + "\">" + written
                + "<span class=\"glossary-popup\" role=\"tooltip\" id=\""
                + id + "\">" + popup + "</span></span>";
    }

    /** The language's own name for itself: English, Español, Français. */
    static String nameOf(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** A single word that repeats a word of the term's first form, a loose short form of it. */
    private static boolean clipped(String form, String first) {
        String word = key(form);
        return !word.contains(" ") && !key(first).equals(word)
                && List.of(key(first).split("[^\\p{L}\\p{N}]+")).contains(word);
    }

    /** How a form is looked up: lower case, single spaces, one kind of apostrophe. */
    private static String key(String form) {
        return form.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** A form as a pattern over HTML text: any white space between words, any apostrophe, escaped or not. */
    private static String regex(String form) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == ' ') {
                pattern.append("\\s+");
            } else if (c == '\'') {
                pattern.append("(?:'|\u2019|&#39;|&apos;|&#8217;|&rsquo;)");
            } else if (Character.isLetterOrDigit(c)) {
                pattern.append(c);
            } else {
                pattern.append(Pattern.quote(Html.escape(String.valueOf(c))));
            }
        }
        return pattern.toString();
    }
}

package org.sendero.content.internal.library;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Small helpers to write generated Markdown that renders exactly the text it was given. */
final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * Escapes every ASCII punctuation character, which CommonMark allows: plain text from a file or
     * a PDF then shows as written and can never become a link, a heading or an attribute.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c < 128 && isPunctuation((char) c)) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    /** Plain text as Markdown paragraphs: blank lines separate paragraphs, single breaks are kept. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            List<String> lines = paragraph.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (!lines.isEmpty()) {
                out.append(String.join("\\\n", lines.stream().map(MarkdownText::escape).toList())).append("\n\n");
            }
        }
        return out.toString();
    }

    /** An id from a name: lowercase ASCII letters, digits and single dashes ("Informe Año 2024" -> informe-ano-2024). */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "document" : slug;
    }

    /**
     * A YAML double-quoted scalar: safe for any title. Inside double quotes only '"' and '\\' need
     * escaping ("Route: \"north\" & [east]" stays as written); characters that YAML does not allow
     * in a file at all (control characters, U+0080 to U+009F, unpaired surrogates, U+FFFE) and line
     * separators become spaces, so that no heading can make the front matter unreadable.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (isPrintableInLine(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(' ');
            }
        });
        return out.append('"').toString();
    }

    /** YAML's printable characters (YAML 1.2, 5.1) without the line breaks and the tab. */
    private static boolean isPrintableInLine(int c) {
        return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029)
                || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff) || (c >= 0x10000 && c <= 0x10ffff);
    }

    static String frontMatter(String id, String title, String lang, OptionalInt year, String source) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("id: ").append(id).append('\n');
        out.append("title: ").append(quoted(title)).append('\n');
        out.append("lang: ").append(lang).append('\n');
        year.ifPresent(y -> out.append("year: ").append(y).append('\n'));
        out.append("source: [").append(quoted(source)).append("]\n");
        return out.append("---\n").toString();
    }
}

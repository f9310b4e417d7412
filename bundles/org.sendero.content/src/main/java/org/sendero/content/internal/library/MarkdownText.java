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

    /** A YAML double-quoted scalar: safe for any title. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c < 0x20) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
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

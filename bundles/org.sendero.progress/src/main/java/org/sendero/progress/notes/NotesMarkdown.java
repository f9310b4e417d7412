package org.sendero.progress.notes;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import org.sendero.core.content.ContentLink;
import org.sendero.progress.Note;
import org.sendero.progress.ProgressException;

/**
 * A learner's notes as a Markdown file they can read, and back: what {@code sendero progress
 * export --format notes} writes and {@code sendero progress import-notes} reads (docs/PROGRESS.md
 * describes it). A file that does not follow the format is refused as a whole with the line where
 * it stops making sense.
 */
public final class NotesMarkdown {

    public static final String FIRST_LINE = "<!-- sendero-notes 1 -->";

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final Pattern DOCUMENT = Pattern
            .compile("## (lesson|guidance) ([a-z0-9]+(?:-[a-z0-9]+)*) in ([A-Za-z0-9._-]+)");
    private static final Pattern NOTE = Pattern.compile("### (Bookmark|Highlight)(?: #([A-Za-z0-9_-]+))?");
    private static final Pattern PROPERTY = Pattern.compile("- ([a-z]+): (.*)");
    private static final Pattern FENCE = Pattern.compile("~{3,}");

    private NotesMarkdown() {
    }

    /** The notes of one learner, grouped by document as {@link org.sendero.progress.Notes#list} gives them. */
    public static String write(String learnerName, List<Note> notes) {
        StringBuilder out = new StringBuilder(FIRST_LINE).append("\n# Notes of ")
                .append(learnerName.replace('\n', ' ')).append("\n");
        Note.DocumentKey document = null;
        for (Note note : notes) {
            if (!note.document().equals(document)) {
                document = note.document();
                out.append("\n## ").append(note.kind().scheme()).append(' ').append(note.documentId()).append(" in ")
                        .append(note.packId()).append('\n');
            }
            out.append("\n### ").append(note.isBookmark() ? "Bookmark" : "Highlight")
                    .append(note.anchor().isEmpty() ? "" : " #" + note.anchor()).append('\n');
            out.append("- id: ").append(note.id()).append('\n');
            out.append("- language: ").append(note.lang()).append('\n');
            out.append("- created: ").append(note.created()).append('\n');
            out.append("- updated: ").append(note.updated()).append('\n');
            if (!note.isBookmark()) {
                out.append("- before: ").append(JSON.toJson(note.before())).append('\n');
                out.append("- after: ").append(JSON.toJson(note.after())).append('\n');
                out.append('\n');
                for (String line : note.quote().split("\n", -1)) {
                    out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
                }
            }
            String fence = fence(note.body());
            out.append('\n').append(fence).append('\n');
            if (!note.body().isEmpty()) {
                out.append(note.body()).append('\n');
            }
            out.append(fence).append('\n');
        }
        return out.toString();
    }

    /** A fence longer than any line of tildes in the body, so that the body cannot close it. */
    private static String fence(String body) {
        int longest = 2;
        for (String line : body.split("\n", -1)) {
            if (FENCE.matcher(line.strip()).matches()) {
                longest = Math.max(longest, line.strip().length());
            }
        }
        return "~".repeat(longest + 1);
    }

    /**
     * Reads notes back; their learner is left empty for the importer to give.
     *
     * @param file the file's name, for the messages
     * @throws ProgressException "FILE:LINE: cause" when the text is not a notes file
     */
    public static List<Note> read(String text, String file) throws ProgressException {
        return new Reader(text.replace("\r\n", "\n").split("\n", -1), file).notes();
    }

    private static final class Reader {
        private final String[] lines;
        private final String file;
        private int at;
        private final List<Note> notes = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Reader(String[] lines, String file) {
            this.lines = lines;
            this.file = file;
        }

        private ProgressException error(int line, String cause) {
            return new ProgressException(file + ":" + (line + 1) + ": " + cause);
        }

        List<Note> notes() throws ProgressException {
            if (!lines[0].strip().equals(FIRST_LINE)) {
                throw error(0, "not a Sendero notes file: its first line must be " + FIRST_LINE);
            }
            Matcher document = null;
            for (at = 1; at < lines.length; at++) {
                String line = lines[at].strip();
                if (line.isEmpty() || (line.startsWith("# ") && document == null)) {
                    continue;
                }
                Matcher next = DOCUMENT.matcher(line);
                if (next.matches()) {
                    document = next;
                    continue;
                }
                Matcher note = NOTE.matcher(line);
                if (!note.matches()) {
                    throw error(at, "expected a '### Bookmark' or '### Highlight' heading or a '## lesson ID in PACK'"
                            + " heading, not '" + shorten(line) + "'");
                }
                if (document == null) {
                    throw error(at, "a note before any '## lesson ID in PACK' or '## guidance ID in PACK' heading");
                }
                notes.add(note(document, note));
            }
            return notes;
        }

        private Note note(Matcher document, Matcher heading) throws ProgressException {
            int headingLine = at;
            boolean bookmark = heading.group(1).equals("Bookmark");
            Map<String, String> properties = new LinkedHashMap<>();
            for (at++; at < lines.length && !lines[at].isBlank(); at++) {
                Matcher property = PROPERTY.matcher(lines[at].strip());
                if (!property.matches()) {
                    throw error(at, "expected '- name: value', not '" + shorten(lines[at].strip()) + "'");
                }
                if (properties.put(property.group(1), property.group(2).strip()) != null) {
                    throw error(at, property.group(1) + " is given twice");
                }
            }
            String id = required(properties, "id", headingLine);
            if (!ids.add(id)) {
                throw error(headingLine, "a second note with id " + id);
            }
            String quote = "";
            skipBlank();
            if (at < lines.length && lines[at].startsWith(">")) {
                List<String> quoted = new ArrayList<>();
                for (; at < lines.length && lines[at].startsWith(">"); at++) {
                    quoted.add(lines[at].startsWith("> ") ? lines[at].substring(2) : lines[at].substring(1));
                }
                quote = String.join("\n", quoted);
                skipBlank();
            }
            if (bookmark != quote.isBlank()) {
                throw error(headingLine, bookmark ? "a bookmark has no quoted text ('> ' lines)"
                        : "a highlight needs its quoted text in '> ' lines");
            }
            String body = body(headingLine);
            return new Note(id, "", document.group(3),
                    document.group(1).equals("lesson") ? ContentLink.Kind.LESSON : ContentLink.Kind.GUIDANCE,
                    document.group(2), language(properties, headingLine),
                    heading.group(2) == null ? "" : heading.group(2), quote,
                    text(properties, "before", headingLine), text(properties, "after", headingLine), body,
                    time(properties, "created", headingLine), time(properties, "updated", headingLine));
        }

        private void skipBlank() {
            while (at < lines.length && lines[at].isBlank()) {
                at++;
            }
        }

        private String body(int headingLine) throws ProgressException {
            if (at >= lines.length || !FENCE.matcher(lines[at].strip()).matches()) {
                throw error(Math.min(at, lines.length - 1), "expected the note's text between lines of ~~~");
            }
            String fence = lines[at].strip();
            int opened = at;
            List<String> body = new ArrayList<>();
            for (at++; at < lines.length; at++) {
                if (lines[at].strip().equals(fence)) {
                    return String.join("\n", body);
                }
                body.add(lines[at]);
            }
            throw error(opened, "the note's text is not closed with " + fence);
        }

        /** A note is in one of the languages documents are written in: anything else could never be placed. */
        private String language(Map<String, String> properties, int line) throws ProgressException {
            String language = required(properties, "language", line);
            if (!List.of("en", "es", "fr").contains(language)) {
                throw error(line, "the note's language must be en, es or fr, not '" + language + "'");
            }
            return language;
        }

        private String required(Map<String, String> properties, String name, int line) throws ProgressException {
            String value = properties.get(name);
            if (value == null || value.isEmpty()) {
                throw error(line, "the note has no '- " + name + ":' line");
            }
            return value;
        }

        private String text(Map<String, String> properties, String name, int line) throws ProgressException {
            String value = properties.get(name);
            if (value == null) {
                return "";
            }
            try {
                if (!value.startsWith("\"")) {
                    throw new JsonParseException("not quoted");
                }
                return JSON.fromJson(value, String.class);
            } catch (JsonParseException e) {
                throw error(line, name + ": expected text in double quotes, as \"some words\"");
            }
        }

        private Instant time(Map<String, String> properties, String name, int line) throws ProgressException {
            try {
                return Instant.parse(required(properties, name, line));
            } catch (DateTimeParseException e) {
                throw error(line, name + ": expected a time such as 2026-12-07T10:15:30Z, not '"
                        + shorten(properties.get(name)) + "'");
            }
        }

        private static String shorten(String text) {
            return text.length() > 60 ? text.substring(0, 57) + "..." : text;
        }
    }
}

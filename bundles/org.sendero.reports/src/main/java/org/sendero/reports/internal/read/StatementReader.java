package org.sendero.reports.internal.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendero.reports.LoadProblem;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * Reads one xAPI result file: a JSON array of statements as {@code sendero progress export --format
 * xapi} writes it, or a Learning Record Store's {@code {"statements": [...]}}, or one statement.
 *
 * <p>The file is read as a stream of strict JSON (RFC 8259: no single quotes, comments, NaN or
 * bare words), one statement at a time, so memory grows with the statements kept and not with the
 * file's text. A file is taken whole or not at all: a statement without an id, actor, verb or
 * object makes the file a problem, so that a report never silently counts half a file.
 */
public final class StatementReader {

    /**
     * A computer's export over years stays far below this (a statement is about 1 KiB); a bigger
     * file is not a result file, and reading it would only fill the trainer's memory.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** xAPI statements nest about ten levels deep; this leaves room for extensions, not for a stack overflow. */
    public static final int MAX_NESTING = 64;

    public List<Statement> read(Path file) throws ResultFileException {
        tooLarge(file);
        try (Reader text = new InputStreamReader(new CappedInput(Files.newInputStream(file), MAX_BYTES),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
                JsonReader reader = new JsonReader(text)) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_NESTING);
            StatementParser parser = new StatementParser(file);
            root(reader, parser);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw GsonErrors.at(reader, "broken JSON: more text after the end of the JSON");
            }
            return parser.statements();
        } catch (JsonFault e) {
            throw problem(file, e.line(), e.column(), e.getMessage());
        } catch (MalformedJsonException e) {
            JsonFault fault = GsonErrors.syntax(e, MAX_NESTING);
            throw problem(file, fault.line(), fault.column(), fault.getMessage());
        } catch (EOFException e) {
            JsonFault fault = GsonErrors.end(e);
            throw problem(file, fault.line(), fault.column(), fault.getMessage());
        } catch (CappedInput.TooLargeException e) {
            throw problem(file, 0, 0, "larger than the " + mib(MAX_BYTES) + " a result file may have");
        } catch (CharacterCodingException e) {
            throw problem(file, 0, 0, "not UTF-8 text, so not an xAPI export");
        } catch (NoSuchFileException e) {
            throw problem(file, 0, 0, "cannot be read: no such file");
        } catch (AccessDeniedException e) {
            throw problem(file, 0, 0, "cannot be read: permission denied");
        } catch (IOException e) {
            throw problem(file, 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** A file too large to be a result file is told apart before a byte of it is read. */
    private static void tooLarge(Path file) throws ResultFileException {
        try {
            if (Files.isDirectory(file)) {
                throw problem(file, 0, 0, "is a folder, not a result file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw problem(file, 0, 0, "larger than the " + mib(MAX_BYTES) + " a result file may have");
            }
        } catch (IOException e) {
            // the reading itself names the problem
        }
    }

    private static void root(JsonReader reader, StatementParser parser)
            throws IOException, JsonFault, ResultFileException {
        switch (reader.peek()) {
            case BEGIN_ARRAY -> statements(reader, parser);
            case BEGIN_OBJECT -> object(reader, parser);
            default -> throw notAnExport(parser);
        }
    }

    private static void statements(JsonReader reader, StatementParser parser) throws IOException, JsonFault {
        reader.beginArray();
        while (reader.hasNext()) {
            int line = GsonErrors.line(reader);
            parser.add(line, JsonTree.value(reader));
        }
        reader.endArray();
    }

    /** A Learning Record Store's answer with its {@code statements}, or a single statement. */
    private static void object(JsonReader reader, StatementParser parser)
            throws IOException, JsonFault, ResultFileException {
        int line = GsonErrors.line(reader);
        reader.beginObject();
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean listed = false;
        while (reader.hasNext()) {
            String key = JsonTree.name(reader, fields.keySet());
            if (key.equals("statements") && reader.peek() == JsonToken.BEGIN_ARRAY) {
                statements(reader, parser);
                listed = true;
                // kept as a key only, so that a second "statements" is refused as a duplicate
                fields.put(key, List.of());
            } else {
                fields.put(key, JsonTree.value(reader));
            }
        }
        reader.endObject();
        if (!listed) {
            if (!fields.containsKey("verb")) {
                throw notAnExport(parser);
            }
            parser.add(line, fields);
        }
    }

    private static ResultFileException notAnExport(StatementParser parser) {
        return problem(parser.file(), 1, 1, "not an xAPI export: expected a JSON array of statements");
    }

    private static String mib(long bytes) {
        return bytes / (1024 * 1024) + " MiB";
    }

    private static ResultFileException problem(Path file, int line, int column, String message) {
        return new ResultFileException(new LoadProblem(file, line, column, message));
    }
}

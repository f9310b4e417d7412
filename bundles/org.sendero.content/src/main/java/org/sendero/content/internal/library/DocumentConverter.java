package org.sendero.content.internal.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.sendero.content.ContentException;
import org.sendero.content.internal.markdown.FrontMatter;
import org.sendero.content.internal.yaml.YamlText;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns a single Markdown or plain-text document into a guidance file for "My library". The front
 * matter is rebuilt from the keys the format knows, so that a note written elsewhere (with keys of
 * its own) still imports.
 */
final class DocumentConverter {

    static final long MAX_BYTES = 4L * 1024 * 1024;
    static final List<String> LANGUAGES = List.of("en", "es", "fr");

    private DocumentConverter() {
    }

    static ImportedDocument markdown(Path file) throws ContentException {
        String text = text(file);
        FrontMatter split = FrontMatter.split(text);
        Map<?, ?> keys = split.yaml().map(yaml -> yamlMap(yaml, file)).orElse(Map.of());
        String name = baseName(file);
        String id = string(keys.get("id")).filter(s -> s.matches("[a-z0-9]+(?:-[a-z0-9]+)*"))
                .orElse(MarkdownText.slug(name));
        String title = string(keys.get("title")).or(() -> firstHeading(split.body())).orElse(name);
        String lang = string(keys.get("lang")).filter(LANGUAGES::contains)
                .or(() -> LanguageGuess.of(split.body())).orElse("en");
        OptionalInt year = keys.get("year") instanceof Number n && n.intValue() >= 1900 && n.intValue() <= 2100
                ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
        String markdown = MarkdownText.frontMatter(id, title, lang, year, file.getFileName().toString()) + split.body();
        return new ImportedDocument(id, lang, markdown, file.getFileName().toString());
    }

    static ImportedDocument plainText(Path file) throws ContentException {
        String text = text(file);
        String name = baseName(file);
        String title = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(line -> line.length() > 120 ? line.substring(0, 120) : line).orElse(name);
        String lang = LanguageGuess.of(text).orElse("en");
        String markdown = MarkdownText.frontMatter(MarkdownText.slug(name), title, lang, OptionalInt.empty(),
                file.getFileName().toString()) + "\n" + MarkdownText.paragraphs(text);
        return new ImportedDocument(MarkdownText.slug(name), lang, markdown, file.getFileName().toString());
    }

    private static Optional<String> firstHeading(String body) {
        return body.lines().filter(line -> line.startsWith("# ")).findFirst()
                .map(line -> line.substring(2).replaceAll("\\{[^}]*\\}\\s*$", "").strip()).filter(s -> !s.isEmpty());
    }

    private static Map<?, ?> yamlMap(String yaml, Path file) {
        if (!YamlText.withinLimits(yaml)) {
            return Map.of(); // nested too deep to load: treated as a broken front matter
        }
        try {
            Object loaded = new Load(
                    LoadSettings.builder().setCodePointLimit(1024 * 1024).setMaxAliasesForCollections(0)
                            .build())
                    .loadFromString(yaml);
            return loaded instanceof Map<?, ?> map ? map : Map.of();
        } catch (YamlEngineException e) {
            return Map.of(); // a broken front matter of a personal note: the file name and heading still give a title
        }
    }

    private static Optional<String> string(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String text(Path file) throws ContentException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw ContentException.of(file.toString(), "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (ContentException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw ContentException.of(file.toString(), "not UTF-8 text; save it as UTF-8 and import it again");
        } catch (IOException e) {
            throw ContentException.of(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}

package org.sendero.content.internal.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.core.content.Lesson;

/** Reads one lesson, ID.LANG.md in a module folder, with its front matter. */
final class LessonReader {

    private final PackReading reading;
    /** id:lang to the file that has it: a lesson id is unique in the whole pack. */
    private final Map<String, String> seen = new HashMap<>();

    LessonReader(PackReading reading) {
        this.reading = reading;
    }

    Optional<Lesson> read(String path, String fileId, String fileLang) {
        Optional<String> text = reading.files.text(path, reading.problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        MarkdownFile file = reading.markdown(path, text.get(), "lesson", fileId, fileLang);
        if (file.frontMatter.isEmpty()) {
            return Optional.empty();
        }
        YamlMap front = file.frontMatter.get().expect("lesson front matter", Set.of("id", "title", "lang"),
                Set.of("minutes", "source"));
        Optional<String> id = IdChecks.matchingFile(front, fileId, path);
        Optional<String> lang = reading.langMatchingFile(front, fileLang);
        Optional<String> title = front.text("title");
        int minutes = front.get("minutes").map(node -> node.asInt("'minutes'", 1, 600).orElse(0)).orElse(0);
        List<String> sources = front.get("source").flatMap(node -> node.asTextList("'source'")).orElse(List.of());
        if (id.isEmpty() || lang.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        String seenKey = id.get() + ":" + lang.get();
        if (seen.containsKey(seenKey)) {
            front.get("id").get()
                    .error("duplicate lesson id '" + id.get() + "' in language " + lang.get() + " (also in "
                            + seen.get(seenKey) + ")");
            return Optional.empty();
        }
        seen.put(seenKey, path);
        return Optional
                .of(new Lesson(id.get(), lang.get(), title.get(), minutes, sources, path, file.body, file.sections));
    }
}

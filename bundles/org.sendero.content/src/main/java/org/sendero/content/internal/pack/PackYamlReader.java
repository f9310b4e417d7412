package org.sendero.content.internal.pack;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.Problem;
import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;

/** Reads pack.yaml: the pack's id, version, title and languages, and the order of its courses. */
final class PackYamlReader {

    private final PackReading reading;
    private int languagesLine = 1;
    /** pack.yaml's optional 'courses': the order in which learners see the courses. */
    private Optional<YamlNode> courseOrder = Optional.empty();

    PackYamlReader(PackReading reading) {
        this.reading = reading;
    }

    /** The line of 'languages', where a language that nothing is written in is reported. */
    int languagesLine() {
        return languagesLine;
    }

    Optional<YamlNode> courseOrder() {
        return courseOrder;
    }

    Optional<PackInfo> read() {
        if (!reading.files.contains(PackReader.PACK_FILE)) {
            reading.problems.add(Problem.error(PackReader.PACK_FILE, 1, 1,
                    "missing: every pack has a pack.yaml with its id, version and title"));
            return Optional.empty();
        }
        Optional<YamlMap> found = reading.yamlFile(PackReader.PACK_FILE, "pack.yaml");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap pack = found.get().expect("pack.yaml", Set.of("id", "version", "title", "languages"),
                Set.of("description", "authors", "license", "courses"));
        courseOrder = pack.get("courses");
        Optional<String> id = IdChecks.packId(pack, reading.checkMarkdown);
        Optional<PackVersion> version = pack.get("version").flatMap(node -> node.asText("'version'").flatMap(text -> {
            if (!PackVersion.isValid(text)) {
                node.error("'version' must be MAJOR.MINOR.PATCH, e.g. 1.0.0, not '" + text + "'");
                return Optional.empty();
            }
            return Optional.of(PackVersion.parse(text));
        }));
        Optional<LocalizedText> title = Fields.localized(pack, "title", true);
        LocalizedText description = Fields.localized(pack, "description", false).orElse(LocalizedText.empty());
        Optional<List<String>> languages = Fields.languages(pack, "languages");
        pack.get("languages").ifPresent(node -> languagesLine = node.line());
        languages.ifPresent(list -> {
            if (list.isEmpty()) {
                pack.get("languages").get().error("'languages' must name at least one language");
            } else {
                reading.packLanguages(DeclaredLanguages.at(pack.get("languages").get(), list));
            }
        });
        List<String> authors = pack.get("authors").flatMap(node -> node.asTextList("'authors'")).orElse(List.of());
        String license = pack.text("license").orElse("");
        if (id.isEmpty() || version.isEmpty() || title.isEmpty() || languages.isEmpty()) {
            return Optional.empty();
        }
        return Optional
                .of(new PackInfo(id.get(), version.get(), title.get(), description, languages.get(), authors, license));
    }
}

package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

import org.sendero.content.Problem;
import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.core.content.DocType;
import org.sendero.core.content.GuidanceDoc;

/** Reads the guidance documents, guidance/ID.LANG.md, with their front matter. */
final class GuidanceReader {

    private final PackReading reading;

    GuidanceReader(PackReading reading) {
        this.reading = reading;
    }

    List<GuidanceDoc> read() {
        List<GuidanceDoc> docs = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        // by document id: its files by language, and the lists of languages its files declare
        Map<String, Map<String, String>> translations = new TreeMap<>();
        Map<String, List<DeclaredLanguages>> declared = new TreeMap<>();
        for (String path : reading.files.in("guidance")) {
            reading.claimed.add(path);
            Matcher name = PackReader.DOCUMENT_NAME.matcher(path.substring("guidance/".length()));
            if (!name.matches()) {
                reading.problems.add(Problem.error(path, 1, 1,
                        "a guidance file is named ID.LANG.md, e.g. referral-checklist.en.md"));
                continue;
            }
            String fileId = name.group(1);
            String fileLang = name.group(2);
            translations.computeIfAbsent(fileId, k -> new TreeMap<>()).put(fileLang, path);
            Optional<String> text = reading.files.text(path, reading.problems);
            if (text.isEmpty()) {
                continue;
            }
            MarkdownFile file = reading.markdown(path, text.get(), "guidance", fileId, fileLang);
            if (file.frontMatter.isEmpty()) {
                continue;
            }
            YamlMap front = file.frontMatter.get().expect("guidance front matter", Set.of("id", "title", "lang"),
                    Set.of("topics", "doctype", "subregion", "year", "source", "languages"));
            front.get("languages").ifPresent(node -> Fields.languages(front, "languages").ifPresent(list -> {
                list.forEach(lang -> reading.languageDeclared(node, lang));
                declared.computeIfAbsent(fileId, k -> new ArrayList<>()).add(DeclaredLanguages.at(node, list));
            }));
            Optional<String> id = IdChecks.matchingFile(front, fileId, path);
            Optional<String> lang = reading.langMatchingFile(front, fileLang);
            Optional<String> title = front.text("title");
            List<String> topics = topics(front);
            Optional<DocType> doctype = front.get("doctype").flatMap(node -> node.asText("'doctype'").flatMap(text2 -> {
                Optional<DocType> type = DocType.fromKey(text2);
                if (type.isEmpty()) {
                    node.error("unknown doctype '" + text2
                            + "'; doctypes: policy, procedure, legal, factsheet, checklist");
                }
                return type;
            }));
            Optional<String> subregion = front.get("subregion").flatMap(node -> node.asText("'subregion'").filter(s -> {
                if (!Vocabulary.SUBREGIONS.contains(s)) {
                    node.error(
                            "unknown subregion '" + s + "'; subregions: " + String.join(", ", Vocabulary.SUBREGIONS));
                    return false;
                }
                return true;
            }));
            OptionalInt year = front.get("year").map(node -> node.asInt("'year'", 1900, 2100))
                    .orElse(OptionalInt.empty());
            List<String> sources = front.get("source").flatMap(node -> node.asTextList("'source'")).orElse(List.of());
            if (id.isPresent() && lang.isPresent()) {
                String key = id.get() + ":" + lang.get();
                if (seen.containsKey(key)) {
                    front.get("id").get().error("duplicate guidance id '" + id.get() + "' in language " + lang.get()
                            + " (also in " + seen.get(key) + ")");
                    continue;
                }
                seen.put(key, path);
            }
            if (id.isPresent() && lang.isPresent() && title.isPresent()) {
                docs.add(new GuidanceDoc(id.get(), lang.get(), title.get(), topics, doctype, subregion, year, sources,
                        path, file.body, file.sections));
            }
        }
        // a document without a list declares nothing: My library's imports are in whatever language they came in
        declared.forEach((id, lists) -> lists.forEach(list -> reading.declarations.expect("guidance document " + id,
                lang -> "guidance/" + id + "." + lang + ".md", list, translations.get(id))));
        return docs;
    }

    private static List<String> topics(YamlMap front) {
        return front.get("topics").flatMap(node -> node.asList("'topics'")).map(items -> {
            List<String> valid = new ArrayList<>();
            for (YamlNode item : items) {
                item.asText("a topic").ifPresent(topic -> {
                    if (Vocabulary.TOPICS.contains(topic)) {
                        valid.add(topic);
                    } else {
                        item.error("unknown topic '" + topic + "'; topics: " + String.join(", ", Vocabulary.TOPICS));
                    }
                });
            }
            return valid;
        }).orElse(List.of());
    }
}

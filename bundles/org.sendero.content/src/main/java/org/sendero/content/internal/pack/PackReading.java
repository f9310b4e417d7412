package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.Problem;
import org.sendero.content.internal.yaml.FileProblems;
import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.content.internal.yaml.YamlText;

/**
 * What the readers of one pack's files share while they read: the files, the problems found so
 * far, and what the cross-file checks need once every file is read (links, anchors, translations,
 * the languages in use).
 */
final class PackReading {

    final PackFiles files;
    final List<Problem> problems = new ArrayList<>();
    final List<LinkUse> links = new ArrayList<>();
    /** Files that some reader took as part of the pack; the others are warned about. */
    final Set<String> claimed = new LinkedHashSet<>();
    /** kind:id:lang to the anchors of that document, for link checks. */
    final Map<String, Set<String>> anchors = new HashMap<>();
    /** kind:id to the languages it exists in. */
    final Map<String, Set<String>> translations = new HashMap<>();
    final Set<String> usedLanguages = new LinkedHashSet<>();
    /** The parts whose files are held to the languages declared for them, checked once all are read. */
    final LanguageDeclarations declarations = new LanguageDeclarations();
    /**
     * False for an installed pack: its Markdown and its id were checked at install and its folder
     * has not changed since. True for a pack coming in (validate, pack, install).
     */
    final boolean checkMarkdown;
    private List<String> packLanguages = List.of("en");
    /** False while pack.yaml gave no usable language list: then nothing is checked against it. */
    private boolean packLanguagesKnown;
    /** pack.yaml's list and its line: what a course without a list of its own declares. */
    private Optional<DeclaredLanguages> packDeclaration = Optional.empty();

    PackReading(PackFiles files, boolean checkMarkdown) {
        this.files = files;
        this.checkMarkdown = checkMarkdown;
    }

    List<String> packLanguages() {
        return packLanguages;
    }

    void packLanguages(DeclaredLanguages declared) {
        packLanguages = declared.languages();
        packLanguagesKnown = true;
        packDeclaration = Optional.of(declared);
    }

    /** pack.yaml's languages, or empty while pack.yaml gave no usable list. */
    Optional<DeclaredLanguages> packDeclaration() {
        return packDeclaration;
    }

    Optional<YamlMap> yamlFile(String path, String what) {
        claimed.add(path);
        return files.text(path, problems)
                .flatMap(text -> YamlText.parse(text, new FileProblems(path, 0, problems)))
                .flatMap(root -> root.asMap(what));
    }

    void languageDeclared(YamlNode node, String lang) {
        // a broken pack.yaml is reported once, not once more for every translated file
        if (packLanguagesKnown && !packLanguages.contains(lang)) {
            node.error("language '" + lang + "' is not declared in pack.yaml (languages: "
                    + String.join(", ", packLanguages) + ")");
        }
    }

    Optional<String> langMatchingFile(YamlMap front, String fileLang) {
        return front.get("lang").flatMap(node -> node.asText("'lang'").filter(lang -> {
            if (!lang.equals(fileLang)) {
                node.error("lang '" + lang + "' does not match the file name suffix '." + fileLang + ".md'");
                return false;
            }
            languageDeclared(node, lang);
            return true;
        }));
    }

    /**
     * Reads a guidance document or lesson and keeps what the link checks need of it.
     *
     * @param kind guidance or lesson
     */
    MarkdownFile markdown(String path, String text, String kind, String id, String lang) {
        String documentKey = kind + ":" + id + ":" + lang;
        MarkdownFile file = checkMarkdown ? MarkdownFile.read(path, text, lang, documentKey, problems)
                : MarkdownFile.readChecked(path, text, problems);
        links.addAll(file.links);
        file.knownAnchors().ifPresent(found -> anchors.put(documentKey, found));
        translations.computeIfAbsent(kind + ":" + id, k -> new LinkedHashSet<>()).add(lang);
        usedLanguages.add(lang);
        return file;
    }
}

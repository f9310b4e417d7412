package org.sendero.content.internal.pack;

import java.util.List;

import org.sendero.content.internal.yaml.YamlNode;

/**
 * The languages a pack, course, module or guidance document says it is written in, and the file
 * and line that say so: a missing or unexpected translation is reported where the claim is made,
 * because that is where the author fixes it (add the file, or take the language out of the list).
 *
 * @param line 1-based line of the file, front matter included
 */
record DeclaredLanguages(List<String> languages, String path, int line) {

    DeclaredLanguages {
        languages = List.copyOf(languages);
    }

    /** The list read from {@code node}, a 'languages' value in a YAML file or in front matter. */
    static DeclaredLanguages at(YamlNode node, List<String> languages) {
        return new DeclaredLanguages(languages, node.problems().path(), node.line() + node.problems().lineOffset());
    }

    /** path:line, as the messages name the declaration. */
    String where() {
        return path + ":" + line;
    }
}

package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.sendero.content.Problem;

/**
 * Holds every course, module and guidance document to the languages it declares: each declared
 * language has a file, and each file is in a declared language. Learners choose a language from
 * these lists, so a list that promises a translation the pack lacks sends them to English in the
 * middle of a course, and a file in an undeclared language is never offered at all.
 */
final class LanguageDeclarations {

    /**
     * One part of the pack whose translations a declaration governs.
     *
     * @param what how the messages name it, e.g. "lesson tip-act" or "guidance document referral"
     * @param fileFor the file a translation into a language would be, relative to the pack
     * @param files the files it has, by language
     */
    private record Part(String what, Function<String, String> fileFor, DeclaredLanguages declared,
            Map<String, String> files) {
    }

    private final List<Part> parts = new ArrayList<>();

    /** Registers a part read from the pack; {@link #check(List)} compares it once every file is read. */
    void expect(String what, Function<String, String> fileFor, DeclaredLanguages declared,
            Map<String, String> files) {
        parts.add(new Part(what, fileFor, declared, new TreeMap<>(files)));
    }

    void check(List<Problem> problems) {
        for (Part part : parts) {
            DeclaredLanguages declared = part.declared();
            for (String lang : declared.languages()) {
                if (!part.files().containsKey(lang)) {
                    problems.add(Problem.error(declared.path(), declared.line(), 1,
                            "declares language " + lang + " but has no " + name(lang) + " file for " + part.what()
                                    + " (" + part.fileFor().apply(lang) + ")"));
                }
            }
            part.files().forEach((lang, path) -> {
                if (!declared.languages().contains(lang)) {
                    problems.add(Problem.error(path, 1, 1,
                            "written in " + lang + " but " + declared.where() + " does not declare " + lang));
                }
            });
        }
    }

    /** The language's English name, e.g. French for fr; the code itself when the JDK has no name for it. */
    static String name(String lang) {
        String name = Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? lang : name;
    }
}

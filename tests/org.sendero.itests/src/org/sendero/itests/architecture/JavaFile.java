package org.sendero.itests.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Java source file as the checks see it: its package, its length, and every package-qualified
 * name it mentions (in imports and in code), found without a compiler. Comments and string literals
 * are blanked first, so that a class named in a comment or a message is not taken as a use.
 *
 * @param path       the file
 * @param packageName its package, "" when it declares none
 * @param lines      its number of lines
 * @param names      the qualified names it mentions, with the line of each
 */
public record JavaFile(Path path, String packageName, int lines, List<QualifiedName> names) {

    /** A name such as {@code org.sendero.ui.accessibility.AccessibleNames} on a line of the file. */
    public record QualifiedName(String qualifier, String name, int line) {

        /** The whole name, e.g. {@code a.b.C} or {@code a.b.*}. */
        public String full() {
            return qualifier + "." + name;
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** lower-case dotted segments followed by a type name: the way code names a class of another package */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:[a-z_][\\w]*\\s*\\.\\s*)+)([A-Z][\\w]*)");
    private static final Pattern WILDCARD = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?([\\w.]+)\\s*\\.\\s*\\*\\s*;",
            Pattern.MULTILINE);

    public static JavaFile read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String code = blankCommentsAndLiterals(text);
        Matcher declared = PACKAGE.matcher(code);
        String packageName = declared.find() ? declared.group(1) : "";
        List<QualifiedName> names = new ArrayList<>();
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            String qualifier = qualified.group(1).replaceAll("\\s", "");
            qualifier = qualifier.substring(0, qualifier.length() - 1);
            names.add(new QualifiedName(qualifier, qualified.group(2), lineOf(code, qualified.start())));
        }
        Matcher wildcard = WILDCARD.matcher(code);
        while (wildcard.find()) {
            String qualifier = wildcard.group(1);
            if (Character.isUpperCase(qualifier.charAt(qualifier.lastIndexOf('.') + 1))) {
                continue; // a static import of a class's members: the class is already among the names
            }
            names.add(new QualifiedName(qualifier, "*", lineOf(code, wildcard.start(1))));
        }
        return new JavaFile(path, packageName, lineCount(text), List.copyOf(names));
    }

    /** Lines as an editor numbers them: a last line without a line break still counts. */
    static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        return text.endsWith("\n") ? lines : lines + 1;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The same text with comments, strings and characters replaced by spaces; line breaks are kept. */
    static String blankCommentsAndLiterals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blank(text, i, end, out);
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? text.length() : end + 3;
                blank(text, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
                blank(text, i, end, out);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        for (int j = from; j < to; j++) {
            out.append(text.charAt(j) == '\n' ? '\n' : ' ');
        }
    }
}

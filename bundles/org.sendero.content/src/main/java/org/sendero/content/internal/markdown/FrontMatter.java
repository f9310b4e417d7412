package org.sendero.content.internal.markdown;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter and its body, keeping the line numbers of both
 * so that problems in either point into the file as the author sees it.
 *
 * @param yaml the text between the two "---" lines, if the file starts with front matter
 * @param body the Markdown after the front matter
 * @param bodyLine the 0-based line of the file where the body starts
 */
public record FrontMatter(Optional<String> yaml, String body, int bodyLine) {

    /** The front matter ends at a line "---" or "..."; without an end the file has no front matter. */
    public static FrontMatter split(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!(content.startsWith("---\n") || content.startsWith("---\r\n"))) {
            return new FrontMatter(Optional.empty(), content, 0);
        }
        int start = content.indexOf('\n') + 1;
        int line = 1;
        int position = start;
        while (position < content.length()) {
            int end = content.indexOf('\n', position);
            int lineEnd = end < 0 ? content.length() : end;
            String current = content.substring(position, lineEnd).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                String yaml = content.substring(start, position);
                String body = end < 0 ? "" : content.substring(end + 1);
                return new FrontMatter(Optional.of(yaml), body, line + 1);
            }
            line++;
            if (end < 0) {
                break;
            }
            position = end + 1;
        }
        return new FrontMatter(Optional.empty(), content, 0);
    }

    /** Whether the file starts like front matter that never ends (a "---" line is missing). */
    public static boolean unterminated(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return (content.startsWith("---\n") || content.startsWith("---\r\n")) && split(text).yaml().isEmpty();
    }
}

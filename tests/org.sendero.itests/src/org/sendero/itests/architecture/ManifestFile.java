package org.sendero.itests.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bundle's META-INF/MANIFEST.MF, read as the OSGi headers it holds: continuation lines joined,
 * each header's clauses split at the commas that are outside quotes, each clause with its line.
 */
public record ManifestFile(Path path, Map<String, List<Clause>> headers) {

    /** One clause of a header, e.g. {@code org.sendero.core;version="[0.1,1)"}. */
    public record Clause(String name, Map<String, String> parameters, int line) {

        /** A directive or attribute without its quotes, e.g. "x-friends" or "version"; "" when absent. */
        public String parameter(String key) {
            return parameters.getOrDefault(key, "");
        }
    }

    public static ManifestFile read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        Map<String, List<Clause>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String header = null;
        StringBuilder value = new StringBuilder();
        List<Integer> lineOfChar = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.startsWith(" ") && header != null) {
                append(value, lineOfChar, line.substring(1), i + 1);
                continue;
            }
            if (header != null) {
                headers.put(header, clauses(value.toString(), lineOfChar));
                header = null;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                header = line.substring(0, colon).trim();
                value.setLength(0);
                lineOfChar.clear();
                append(value, lineOfChar, line.substring(colon + 1), i + 1);
            }
        }
        return new ManifestFile(path, headers);
    }

    /** The clauses of a header, none when it is absent. */
    public List<Clause> header(String name) {
        return headers.getOrDefault(name, List.of());
    }

    private static void append(StringBuilder value, List<Integer> lineOfChar, String text, int line) {
        value.append(text);
        for (int i = 0; i < text.length(); i++) {
            lineOfChar.add(line);
        }
    }

    private static List<Clause> clauses(String value, List<Integer> lineOfChar) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String text = value.substring(start, i);
                if (!text.isBlank()) {
                    int first = start + (text.length() - text.stripLeading().length());
                    clauses.add(clause(text.trim(), lineOfChar.isEmpty() ? 0 : lineOfChar.get(Math.min(first,
                            lineOfChar.size() - 1))));
                }
                start = i + 1;
            }
        }
        return List.copyOf(clauses);
    }

    private static Clause clause(String text, int line) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ';';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        Map<String, String> parameters = new TreeMap<>();
        for (String part : parts.subList(1, parts.size())) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                String key = part.substring(0, equals).replace(":", "").trim();
                String value = part.substring(equals + 1).trim();
                if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                    value = value.substring(1, value.length() - 1);
                }
                parameters.put(key, value);
            }
        }
        return new Clause(parts.get(0), parameters, line);
    }
}

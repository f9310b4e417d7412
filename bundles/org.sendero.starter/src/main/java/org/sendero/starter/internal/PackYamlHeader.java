package org.sendero.starter.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendero.core.content.PackVersion;

/**
 * The id and version lines of the starter's pack.yaml: all that is needed at start-up to decide
 * whether to install it, without reading the whole pack (the validator does that on install).
 */
record PackYamlHeader(String id, PackVersion version) {

    private static final Pattern ID = Pattern.compile("(?m)^id:\\s*([a-z0-9-]+)\\s*$");
    private static final Pattern VERSION = Pattern.compile("(?m)^version:\\s*([0-9]+\\.[0-9]+\\.[0-9]+)\\s*$");

    static PackYamlHeader of(String packYaml) {
        return new PackYamlHeader(line(ID, packYaml, "id"), PackVersion.parse(line(VERSION, packYaml, "version")));
    }

    private static String line(Pattern pattern, String packYaml, String key) {
        Matcher matcher = pattern.matcher(packYaml);
        if (!matcher.find()) {
            throw new IllegalStateException("the starter pack's pack.yaml has no plain '" + key + ":' line");
        }
        return matcher.group(1);
    }
}

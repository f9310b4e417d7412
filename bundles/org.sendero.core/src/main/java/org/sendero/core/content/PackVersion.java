package org.sendero.core.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pack's MAJOR.MINOR.PATCH version; a newer version of an installed pack replaces it. */
public record PackVersion(int major, int minor, int patch) implements Comparable<PackVersion> {

    private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");

    public PackVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("a version has no negative parts");
        }
    }

    /** Parses {@code 1.2.3}; throws IllegalArgumentException for anything else. */
    public static PackVersion parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a MAJOR.MINOR.PATCH version: " + text);
        }
        return new PackVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip()).matches();
    }

    public PackVersion nextPatch() {
        return new PackVersion(major, minor, patch + 1);
    }

    @Override
    public int compareTo(PackVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}

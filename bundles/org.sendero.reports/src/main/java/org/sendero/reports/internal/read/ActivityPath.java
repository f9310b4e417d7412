package org.sendero.reports.internal.read;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an activity id names: {@code <homePage>xapi/activities/pack/P/course/C/module/M[/lesson/L |
 * /quiz/Q[/item/I]]}, as the progress export writes it. The home page differs between offices, so
 * only the part after {@code xapi/activities/} identifies the activity.
 */
public record ActivityPath(String pack, Optional<String> course, Optional<String> module, Optional<String> lesson,
        Optional<String> quiz, Optional<String> item) {

    private static final String MARKER = "xapi/activities/";

    /** An id of this tool's form whose parts do not decode, such as {@code pack/p%zz}. */
    public static final class MalformedIdException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedIdException(String message) {
            super(message);
        }
    }

    /**
     * Empty for ids that another tool wrote.
     *
     * @throws MalformedIdException for an id of this tool with a broken %-escape: such a file was
     *         not written by the export, and the trainer is told rather than the activity dropped
     */
    public static Optional<ActivityPath> parse(String activityId) throws MalformedIdException {
        int at = activityId.indexOf(MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        String[] segments = activityId.substring(at + MARKER.length()).split("/", -1);
        if (segments.length % 2 != 0) {
            return Optional.empty();
        }
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < segments.length; i += 2) {
            if (segments[i + 1].isEmpty() || named.put(segments[i], decode(segments[i + 1])) != null) {
                return Optional.empty();
            }
        }
        if (!named.containsKey("pack")) {
            return Optional.empty();
        }
        return Optional.of(new ActivityPath(named.get("pack"), Optional.ofNullable(named.get("course")),
                Optional.ofNullable(named.get("module")), Optional.ofNullable(named.get("lesson")),
                Optional.ofNullable(named.get("quiz")), Optional.ofNullable(named.get("item"))));
    }

    private static String decode(String segment) throws MalformedIdException {
        // the export encodes a space as %20 and a plus as %2B, so a bare + is never a space here
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            String shown = segment.length() <= 40 ? segment : segment.substring(0, 40) + "\u2026";
            throw new MalformedIdException("bad %-escape in '" + shown + "'");
        }
    }

    /** The module itself, not something in it. */
    public boolean isModule() {
        return module.isPresent() && lesson.isEmpty() && quiz.isEmpty();
    }

    public boolean isItem() {
        return item.isPresent() && quiz.isPresent() && module.isPresent();
    }

    /** The module this activity is in or is, as {@code pack/course/module}. */
    public Optional<String> moduleKey() {
        return module.flatMap(m -> course.map(c -> pack + "/" + c + "/" + m));
    }

    /** {@code pack/course/module/quiz/item} for an item. */
    public String itemKey() {
        return moduleKey().orElseThrow() + "/" + quiz.orElseThrow() + "/" + item.orElseThrow();
    }

    /** The whole path, the key titles are kept under. */
    public String key() {
        StringBuilder key = new StringBuilder(pack);
        course.ifPresent(c -> key.append('/').append(c));
        module.ifPresent(m -> key.append('/').append(m));
        lesson.ifPresent(l -> key.append("/lesson/").append(l));
        quiz.ifPresent(q -> key.append("/quiz/").append(q));
        item.ifPresent(i -> key.append("/item/").append(i));
        return key.toString();
    }
}

package org.sendero.content;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Content that cannot be read, installed or packed, with every problem found. Its message is the
 * problems, one per line, ready for the user: never a stack trace.
 */
public class ContentException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    /** A problem with a whole file or archive, e.g. one that cannot be opened. */
    public static ContentException of(String path, String message) {
        return new ContentException(Problem.error(path, 1, 1, message));
    }

    public List<Problem> problems() {
        return problems;
    }
}

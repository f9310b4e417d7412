package org.sendero.content.authoring;

import java.nio.file.Path;
import java.util.List;

import org.sendero.content.Problem;

/**
 * What an authoring step wrote: the files, the one to open first, and the validator's warnings for
 * them (errors never remain: the step is undone instead).
 */
public record Written(List<Path> files, List<Problem> warnings) {

    public Written {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("nothing was written");
        }
    }

    /** The file the trainer continues with, e.g. the new lesson. */
    public Path main() {
        return files.get(0);
    }
}

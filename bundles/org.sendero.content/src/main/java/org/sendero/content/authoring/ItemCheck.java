package org.sendero.content.authoring;

import java.util.List;
import java.util.Optional;

import org.sendero.content.Problem;
import org.sendero.core.content.Question;

/** An item as typed in an item editor: the question when it can be answered, and what is wrong with it. */
public record ItemCheck(Optional<Question> item, List<Problem> problems) {

    public ItemCheck {
        problems = List.copyOf(problems);
    }
}

package org.sendero.content.authoring;

import java.nio.file.Path;
import java.util.List;

import org.sendero.content.Problem;
import org.sendero.core.content.Question;

/**
 * What importing a GIFT or Aiken file into a module did.
 *
 * @param quizFile the module's quiz file that was written
 * @param taken the items now in the quiz, with the ids they got there
 * @param refused the constructs of the file that have no equivalent in a quiz, each at its line
 * @param appended true when the items were added to a quiz that existed
 * @param warnings what the pack validator says about the quiz file
 */
public record ImportReport(Path quizFile, List<Question> taken, List<Problem> refused, boolean appended,
        List<Problem> warnings) {

    public ImportReport {
        taken = List.copyOf(taken);
        refused = List.copyOf(refused);
        warnings = List.copyOf(warnings);
    }
}

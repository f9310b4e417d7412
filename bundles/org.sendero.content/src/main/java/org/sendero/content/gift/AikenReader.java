package org.sendero.content.gift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendero.content.Problem;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Option;

/**
 * Reads the Aiken format: a question on one line, options "A." or "A)" one per line, then
 * "ANSWER: B". Every question becomes a single-choice item.
 */
public final class AikenReader {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)]\\s+(.+)");
    private static final Pattern ANSWER = Pattern.compile("ANSWER:\\s*([A-Z])\\s*");

    private AikenReader() {
    }

    public static ImportedQuiz read(String text, String path) {
        List<Problem> problems = new ArrayList<>();
        List<Question> items = new ArrayList<>();
        String[] lines = (text.startsWith("\ufeff") ? text.substring(1) : text).replace("\r\n", "\n").split("\n", -1);
        String prompt = null;
        int promptLine = 0;
        List<String> letters = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Matcher option = OPTION.matcher(line);
            Matcher answer = ANSWER.matcher(line);
            if (prompt != null && answer.matches()) {
                int correct = letters.indexOf(answer.group(1));
                if (options.size() < 2) {
                    problems.add(Problem.error(path, number, 1,
                            "the question of line " + promptLine + " has fewer than two options"));
                } else if (correct < 0) {
                    problems.add(Problem.error(path, number, 9, "ANSWER: " + answer.group(1) + " names no option of the"
                            + " question of line " + promptLine + " (options " + String.join(", ", letters) + ")"));
                } else if (new HashSet<>(options).size() != options.size()) {
                    problems.add(Problem.error(path, promptLine, 1, "an option of this question is listed twice"));
                } else {
                    List<Option> built = new ArrayList<>();
                    for (int o = 0; o < options.size(); o++) {
                        built.add(new Option(options.get(o), o == correct, ""));
                    }
                    items.add(new Question.SingleChoice(new Common("q" + (items.size() + 1), prompt, Optional.empty(),
                            Optional.empty()), built));
                }
                prompt = null;
                letters.clear();
                options.clear();
            } else if (prompt != null && option.matches()) {
                String letter = option.group(1);
                Set<String> expected = Set.of(String.valueOf((char) ('A' + letters.size())));
                if (!expected.contains(letter)) {
                    problems.add(Problem.error(path, number, 1, "option " + letter + " is out of order; expected "
                            + expected.iterator().next()));
                }
                letters.add(letter);
                options.add(option.group(2).strip());
            } else if (prompt == null && !answer.matches()) {
                prompt = line;
                promptLine = number;
            } else if (answer.matches()) {
                problems.add(Problem.error(path, number, 1, "ANSWER: without a question above it"));
            } else {
                problems.add(Problem.error(path, promptLine, 1, "the question of line " + promptLine
                        + " has no ANSWER: line before line " + number));
                prompt = line;
                promptLine = number;
                letters.clear();
                options.clear();
            }
        }
        if (prompt != null) {
            problems.add(
                    Problem.error(path, promptLine, 1, "the question of line " + promptLine + " has no ANSWER: line"));
        }
        return new ImportedQuiz(List.of(), items, problems);
    }
}

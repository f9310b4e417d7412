package org.sendero.content.gift;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendero.content.Problem;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Scenario;

/**
 * Reads Moodle's GIFT format into quiz items. Every construct is either converted, or reported
 * with its line: an error for malformed text, a warning for what our quizzes cannot hold (essays,
 * descriptions, categories, partial-credit variants).
 *
 * <p>Comments starting with {@code //sendero:} carry what GIFT cannot say (see docs/QUIZZES.md),
 * so that an exported quiz imports as the same items; other GIFT readers skip them as comments.
 */
public final class GiftReader {

    static final String MARKER = "//sendero:";
    private static final Pattern FORMAT = Pattern.compile("\\[(markdown|html|plain|moodle)\\]");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final List<Problem> problems = new ArrayList<>();
    private final GiftProblems report;
    private final GiftAnswers answers;
    private final List<Question> items = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private int questionNumber;

    private GiftReader(String path) {
        this.report = new GiftProblems(path, problems);
        this.answers = new GiftAnswers(report);
    }

    /** @param path the file name shown in problems */
    public static ImportedQuiz read(String text, String path) {
        GiftReader reader = new GiftReader(path);
        for (GiftBlock block : GiftBlock.split(text.startsWith("\ufeff") ? text.substring(1) : text)) {
            reader.question(block);
        }
        return new ImportedQuiz(reader.scenarios, reader.items, reader.problems);
    }

    private void error(GiftBlock block, int index, String message) {
        report.error(block, index, message);
    }

    private void warning(GiftBlock block, int index, String message) {
        report.warning(block, index, message);
    }

    private void question(GiftBlock block) {
        String text = block.text();
        int pos = GiftText.skipSpace(text, 0);
        if (text.startsWith("$CATEGORY:", pos)) {
            int end = text.indexOf('\n', pos);
            warning(block, pos, "category '" + text.substring(pos + 10, end < 0 ? text.length() : end).strip()
                    + "' is not kept: a quiz file holds one set of items");
            if (end < 0 || text.substring(end).isBlank()) {
                return;
            }
            pos = GiftText.skipSpace(text, end);
        }
        questionNumber++;
        int start = pos;
        Optional<String> title = Optional.empty();
        if (text.startsWith("::", pos)) {
            int end = GiftText.find(text, "::", pos + 2);
            if (end < 0) {
                error(block, pos, "the title opened with '::' is not closed with '::'");
                return;
            }
            title = Optional.of(GiftText.unescape(text.substring(pos + 2, end)));
            pos = GiftText.skipSpace(text, end + 2);
        }
        Matcher format = FORMAT.matcher(text).region(pos, text.length());
        if (format.lookingAt()) {
            if (format.group(1).equals("html")) {
                warning(block, pos, "[html] text is kept as it is written; Sendero shows Markdown and escapes HTML");
            }
            pos = format.end();
        }
        int open = GiftText.find(text, "{", pos);
        if (open < 0) {
            description(block, start, title, GiftText.unescape(text.substring(pos)));
            return;
        }
        int close = GiftText.find(text, "}", open + 1);
        if (close < 0) {
            error(block, open, "'{' is not closed by '}'");
            return;
        }
        int nested = GiftText.find(text, "{", open + 1);
        if (nested >= 0 && nested < close) {
            error(block, nested, "'{' inside the answers: write \\{ for a brace in a text");
            return;
        }
        String stem = GiftText.unescape(text.substring(pos, open));
        String tail = GiftText.unescape(text.substring(close + 1));
        // answers in the middle of the text make a missing-word question: the blank shows where
        String prompt = tail.isEmpty() ? stem : (stem + " _____ " + tail).strip();
        if (prompt.isEmpty()) {
            error(block, open, "the question has no text before its answers");
            return;
        }
        String id = id(title);
        Common common = new Common(id, prompt, Optional.ofNullable(block.markers().get("in-scenario")),
                Optional.ofNullable(block.markers().get("ref")).flatMap(ContentLink::parse));
        Optional<Question> question = answers.read(block, open + 1, text.substring(open + 1, close), common);
        question.ifPresent(items::add);
    }

    private void description(GiftBlock block, int start, Optional<String> title, String text) {
        String scenarioId = block.markers().get("scenario");
        if (scenarioId != null) {
            scenarios.add(new Scenario(scenarioId, text));
            questionNumber--;
            return;
        }
        warning(block, start, "a description" + title.map(t -> " ('" + t + "')").orElse("")
                + " (text without answers) has no equivalent in a quiz; left out");
    }

    /** The id from the title when it makes a valid, unused id; else q and the question's number. */
    private String id(Optional<String> title) {
        String fromTitle = title.map(t -> Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "")).orElse("");
        String id = ID.matcher(fromTitle).matches() && !ids.contains(fromTitle) ? fromTitle : "q" + questionNumber;
        while (ids.contains(id)) {
            id = id + "-" + questionNumber;
        }
        ids.add(id);
        return id;
    }
}

package org.sendero.progress.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Question;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;

/**
 * One item in the terminal, the same in a quiz and in practice: its choices numbered or
 * lettered, the answer asked until it can be read, and the feedback on it.
 */
final class TextPrompts {

    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    TextPrompts(BufferedReader in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    void printChoices(PresentedItem item) {
        List<Integer> order = item.order();
        switch (item.question()) {
            case Question.SingleChoice q -> {
                for (int i = 0; i < order.size(); i++) {
                    out.println("  " + (i + 1) + ". " + q.options().get(order.get(i)).text());
                }
                out.println("Type the number of one option.");
            }
            case Question.MultipleResponse q -> {
                for (int i = 0; i < order.size(); i++) {
                    out.println("  " + (i + 1) + ". " + q.options().get(order.get(i)).text());
                }
                out.println("Type the numbers of every option that applies, e.g. 1 3.");
            }
            case Question.TrueFalse q -> out.println("Type true or false.");
            case Question.ShortAnswer q -> out.println("Type your answer.");
            case Question.Numeric q -> out.println("Type a number.");
            case Question.Matching q -> {
                for (int i = 0; i < q.pairs().size(); i++) {
                    out.println("  " + (i + 1) + ". " + q.pairs().get(i).left());
                }
                for (int i = 0; i < order.size(); i++) {
                    out.println("  " + (char) ('a' + i) + ") " + q.pairs().get(order.get(i)).right());
                }
                out.println("Type the letter that matches 1, then 2, and so on, e.g. bac.");
            }
            case Question.Ordering q -> {
                for (int i = 0; i < order.size(); i++) {
                    out.println("  " + (char) ('a' + i) + ") " + q.order().get(order.get(i)));
                }
                out.println("Type the letters in the right order, e.g. bac.");
            }
        }
    }

    /** Asks until the answer can be read; empty at the end of the input. */
    Optional<Response> ask(PresentedItem item) throws IOException {
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(AnswerReader.read(item, line));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
            }
        }
    }

    void printFeedback(ItemScore score) {
        out.println(score.correct() ? "Correct." : score.credit() > 0
                ? "Partly correct (" + Math.round(score.credit() * 100) + "% of the marks)." : "Not correct.");
        score.feedback().forEach(text -> out.println("  " + text.strip()));
        score.reread().ifPresent(link -> out.println("  Reread: " + link));
    }
}

package org.sendero.content.gift;

import java.util.List;

import org.sendero.content.Problem;

/** The problems of one GIFT file, each at the line and column of its place in a question. */
record GiftProblems(String path, List<Problem> problems) {

    void error(GiftBlock block, int index, String message) {
        problems.add(Problem.error(path, block.line(index), block.column(index), message));
    }

    void warning(GiftBlock block, int index, String message) {
        problems.add(Problem.warning(path, block.line(index), block.column(index), message));
    }
}

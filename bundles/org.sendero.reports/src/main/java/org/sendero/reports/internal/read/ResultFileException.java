package org.sendero.reports.internal.read;

import org.sendero.reports.LoadProblem;

/** A result file that cannot be used, and where and why. */
public final class ResultFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient LoadProblem problem;

    public ResultFileException(LoadProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public LoadProblem problem() {
        return problem;
    }
}

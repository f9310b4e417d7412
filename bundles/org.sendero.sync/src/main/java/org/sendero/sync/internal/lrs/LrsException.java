package org.sendero.sync.internal.lrs;

import org.sendero.sync.SyncProblem;

/** A GET that did not give statements. */
public final class LrsException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient SyncProblem problem;

    public LrsException(SyncProblem problem) {
        super(problem.kind() + ": " + problem.detail());
        this.problem = problem;
    }

    public SyncProblem problem() {
        return problem;
    }
}

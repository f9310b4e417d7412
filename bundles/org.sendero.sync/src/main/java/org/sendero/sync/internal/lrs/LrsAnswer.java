package org.sendero.sync.internal.lrs;

import org.sendero.sync.SyncProblem;

/** What a Learning Record Store answered to a POST of statements. */
public sealed interface LrsAnswer {

    /** 2xx: stored, or already there with the same content. */
    record Stored() implements LrsAnswer {
    }

    /** 409: a statement with one of the ids and other content is there already; its message. */
    record Conflict(String message) implements LrsAnswer {
    }

    /** Anything else: nothing is known to be stored; try again later. */
    record Failed(SyncProblem problem) implements LrsAnswer {
    }
}

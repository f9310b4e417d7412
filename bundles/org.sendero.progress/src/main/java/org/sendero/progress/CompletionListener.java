package org.sendero.progress;

import java.util.List;

/**
 * Told of completions right after they are recorded, whoever recorded them (the workbench, the
 * terminal quiz or a certificate being issued). Register one as a service. A listener's failure is
 * logged and never undoes or fails the recording: the learner's completion is what counts.
 */
public interface CompletionListener {

    /** @param recorded the modules and courses newly completed, never empty */
    void completed(String learnerId, List<Completion> recorded);
}

package org.sendero.ui.internal.feed;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.sendero.feed.FeedOffer;

/**
 * The check of the office feeds, in the background: a slow server or an unplugged stick never holds
 * up the window. It runs again every few hours while the workbench is open.
 */
public final class FeedCheckJob extends Job {

    static final long PERIOD_MS = 4L * 60 * 60 * 1000;

    private final FeedWatch watch;
    private final Consumer<List<FeedOffer>> found;

    /** @param found called with new offers (on this job's thread) when there are any */
    public FeedCheckJob(FeedWatch watch, Consumer<List<FeedOffer>> found) {
        super(Messages.Feed_checkJob);
        this.watch = watch;
        this.found = found;
        setSystem(true);
        setPriority(DECORATE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            List<FeedOffer> offers = watch.newOffers();
            if (!offers.isEmpty() && !monitor.isCanceled()) {
                found.accept(offers);
            }
        } catch (RuntimeException e) {
            // a feed that misbehaves must not stop the next check
            System.getLogger(FeedCheckJob.class.getName()).log(System.Logger.Level.WARNING,
                    "the office feeds could not be checked", e);
        }
        if (!monitor.isCanceled()) {
            schedule(PERIOD_MS);
        }
        return Status.OK_STATUS;
    }
}

package org.sendero.ui.internal.feed;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedOffer;
import org.sendero.feed.FeedSettings;
import org.sendero.feed.PackFeeds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Starts the background check of the office feeds a little after the window opens and every few
 * hours; when a trusted publisher has newer versions, asks once whether to install them, and installs
 * them in the background on "Install" through the library's atomic install.
 */
public final class FeedAddon {

    /** Long enough for the window and the library to be ready first. */
    private static final long FIRST_CHECK_MS = 15_000;

    @Inject
    @Optional
    PackFeeds feeds;
    @Inject
    @Optional
    FeedSettings settings;
    @Inject
    UISynchronize ui;

    private FeedCheckJob check;

    @PostConstruct
    void start() {
        if (feeds == null || settings == null) {
            return;
        }
        check = new FeedCheckJob(new FeedWatch(feeds, settings), offers -> ui.asyncExec(() -> offer(offers)));
        check.schedule(FIRST_CHECK_MS);
    }

    @PreDestroy
    void stop() {
        if (check != null) {
            check.cancel();
        }
    }

    private void offer(List<FeedOffer> offers) {
        Shell shell = shell();
        if (shell == null || new FeedOfferDialog(shell, offers).open() != Window.OK) {
            return;
        }
        Job.create(Messages.Feed_installJob, monitor -> {
            List<String> installed = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (FeedOffer offer : offers) {
                try {
                    feeds.install(offer);
                    installed.add(NLS.bind(Messages.Feed_installedLine, offer.pack().id(), offer.pack().version()));
                } catch (FeedException e) {
                    refused.add(e.getMessage());
                }
            }
            ui.asyncExec(() -> report(installed, refused));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void report(List<String> installed, List<String> refused) {
        Shell shell = shell();
        if (shell == null) {
            return;
        }
        if (refused.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Feed_installedTitle, String.join("\n", installed));
        } else {
            List<String> all = new ArrayList<>(installed);
            all.addAll(refused);
            MessageDialog.openWarning(shell, Messages.Feed_refusedTitle, String.join("\n", all));
        }
    }

    private static Shell shell() {
        Display display = Display.getCurrent();
        if (display == null) {
            return null;
        }
        Shell active = display.getActiveShell();
        if (active != null) {
            return active;
        }
        Shell[] shells = display.getShells();
        return shells.length == 0 ? null : shells[0];
    }
}

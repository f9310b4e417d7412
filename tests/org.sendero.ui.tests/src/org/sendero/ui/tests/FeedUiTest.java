package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentLibrary;
import org.sendero.content.PackExporter;
import org.sendero.content.authoring.SigningKey;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.feed.FeedOffer;
import org.sendero.feed.FeedSettings;
import org.sendero.feed.PackFeeds;
import org.sendero.feed.TrustedPublisher;
import org.sendero.ui.internal.feed.FeedCheckJob;
import org.sendero.ui.internal.feed.FeedOfferDialog;
import org.sendero.ui.internal.feed.FeedPreferences;
import org.sendero.ui.internal.feed.FeedWatch;
import org.sendero.ui.internal.feed.FeedsSection;
import org.sendero.ui.internal.feed.Messages;
import org.sendero.ui.internal.feed.TrustedPublishersSection;
import org.sendero.ui.internal.preferences.PreferencesDialog;
import org.sendero.ui.preferences.UiPreferences;

/**
 * Office feeds in the workbench, with the real services: Preferences edits the feeds and the
 * trusted publishers; the background check finds a newer signed pack off the UI thread, offers it
 * once, and Install installs it.
 */
class FeedUiTest {

    private static final String PACK_ID = "feed-offer";

    @TempDir
    Path temp;

    private PartHarness window;
    private FeedSettings settings;
    private PackFeeds feeds;
    private ContentLibrary library;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        settings = window.context.get(FeedSettings.class);
        feeds = window.context.get(PackFeeds.class);
        library = window.context.get(ContentLibrary.class);
    }

    @AfterEach
    void closeWindow() throws Exception {
        for (String feed : settings.feeds()) {
            settings.removeFeed(feed);
        }
        for (TrustedPublisher publisher : settings.trustedPublishers()) {
            settings.untrust(publisher.fingerprint());
        }
        if (library.installed().stream().anyMatch(pack -> pack.info().id().equals(PACK_ID))) {
            library.remove(PACK_ID);
        }
        window.close();
    }

    private static void click(org.eclipse.swt.widgets.Widget button) {
        button.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void preferencesAddsAndRemovesFeedsAndTrustedPublishers() throws Exception {
        UiPreferences preferences = ContextInjectionFactory.make(UiPreferences.class, window.context);
        PreferencesDialog dialog = new PreferencesDialog(window.shell, preferences, "/data/office");
        List<Object> sections = FeedPreferences.addTo(dialog, settings);
        dialog.setBlockOnOpen(false);
        dialog.open();
        FeedsSection feedSection = (FeedsSection) sections.get(0);
        TrustedPublishersSection publisherSection = (TrustedPublishersSection) sections.get(1);

        feedSection.locationText().setText("http://feeds.example.org/ministry/");
        click(feedSection.addButton());
        assertEquals(0, feedSection.feedList().getItemCount());
        assertTrue(feedSection.problemText().contains("https://"), feedSection.problemText());

        Path stick = Files.createDirectories(temp.resolve("stick"));
        feedSection.locationText().setText(stick.toString());
        click(feedSection.addButton());
        assertEquals(List.of(stick.toAbsolutePath().normalize().toString()), settings.feeds());
        assertEquals(1, feedSection.feedList().getItemCount());
        assertEquals("", feedSection.problemText());
        feedSection.feedList().select(0);
        feedSection.feedList().notifyListeners(SWT.Selection, new Event());
        click(feedSection.removeButton());
        assertEquals(List.of(), settings.feeds());

        publisherSection.fingerprintText().setText("SHA256:too-short");
        click(publisherSection.addButton());
        assertEquals(0, publisherSection.publisherList().getItemCount());
        assertTrue(publisherSection.problemText().contains("fingerprint"), publisherSection.problemText());
        SigningKey key = SigningKeys.generate(Files.createDirectories(temp.resolve("keys")), "ministry");
        publisherSection.fingerprintText().setText(key.fingerprint());
        publisherSection.nameText().setText("Ministerio del Interior");
        click(publisherSection.addButton());
        assertEquals(List.of(new TrustedPublisher(key.fingerprint(), "Ministerio del Interior")),
                settings.trustedPublishers());
        assertTrue(publisherSection.publisherList().getItem(0).contains("Ministerio del Interior"));
        feedSection.locationText().setText("https://content.example.gob/sendero/");
        click(feedSection.addButton());
        assertEquals(List.of("https://content.example.gob/sendero/"), settings.feeds());
        window.screenshot(dialog.getShell(), "preferences-feeds-" + java.util.Locale.getDefault().getLanguage());
        publisherSection.publisherList().select(0);
        publisherSection.publisherList().notifyListeners(SWT.Selection, new Event());
        click(publisherSection.removeButton());
        assertEquals(List.of(), settings.trustedPublishers());
        dialog.close();
    }

    @Test
    void theBackgroundCheckOffersANewerTrustedPackOnceAndInstallInstallsIt() throws Exception {
        FeedWatch watch = new FeedWatch(feeds, settings);
        assertEquals(List.of(), watch.newOffers(), "no feed configured: nothing is checked");

        SigningKey key = SigningKeys.generate(Files.createDirectories(temp.resolve("keys")), "ministry");
        Path source = ExamplePack.copyInto(temp);
        Path yaml = source.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: office-referral", "id: " + PACK_ID));
        Path feed = Files.createDirectories(temp.resolve("feed"));
        window.context.get(PackExporter.class).export(source, feed.resolve(PACK_ID + ".sendero"),
                Optional.of(key.file()));
        feeds.build(feed);
        settings.addFeed(feed.toString());
        settings.trust(key.fingerprint(), "Ministry");

        CompletableFuture<List<FeedOffer>> found = new CompletableFuture<>();
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        FeedCheckJob job = new FeedCheckJob(watch, offers -> {
            thread.complete(Thread.currentThread());
            found.complete(offers);
        });
        job.schedule();
        window.until(found::isDone, Duration.ofSeconds(60), "the background check finds the newer pack");
        job.cancel();
        assertNotSame(window.display.getThread(), thread.get(), "the check never runs on the UI thread");
        List<FeedOffer> offers = found.get();
        assertEquals(1, offers.size());
        assertEquals(List.of(), watch.newOffers(), "the same version is offered once");

        FeedOfferDialog dialog = new FeedOfferDialog(window.shell, offers);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertTrue(dialog.listText().contains(PACK_ID), dialog.listText());
        assertTrue(dialog.listText().contains("1.2.0"), dialog.listText());
        window.screenshot(dialog.getShell(), "feed-offer-" + java.util.Locale.getDefault().getLanguage());
        assertEquals(Messages.Feed_install.replace("&", ""), dialog.installButton().getText().replace("&", ""));
        click(dialog.installButton());
        assertEquals(Window.OK, dialog.getReturnCode());

        feeds.install(offers.get(0));
        assertTrue(library.installed().stream().anyMatch(pack -> pack.info().id().equals(PACK_ID)
                && pack.signer().equals(Optional.of(key.fingerprint()))));
    }
}

package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.LessonRef;
import org.sendero.progress.ProgressStore;
import org.sendero.sync.StatusText;
import org.sendero.sync.SyncProblem;
import org.sendero.sync.SyncService;
import org.sendero.sync.SyncSettings;
import org.sendero.ui.internal.status.StatusLine;
import org.sendero.ui.internal.sync.Messages;
import org.sendero.ui.internal.sync.ResultsServerSection;

/**
 * Preferences > Results server: an address that is not a web address is refused where it was
 * typed; a server that cannot be reached is named on the status line; the secret is never shown
 * again. Against a real results server the sync is tested in its own bundle and on the archive.
 */
class ResultsServerTest {

    private PartHarness window;
    private SyncService sync;
    private SyncSettings before;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        sync = window.context.get(SyncService.class);
        before = sync.settings();
    }

    @AfterEach
    void closeWindow() throws Exception {
        sync.configure(before, Optional.empty());
        window.close();
    }

    private ResultsServerSection section() {
        Composite area = new Composite(window.shell, 0);
        area.setLayout(new GridLayout(2, false));
        ResultsServerSection section = new ResultsServerSection(sync, window.context.get(UISynchronize.class));
        section.create(area);
        window.shell.layout(true, true);
        return section;
    }

    @Test
    void aServerThatCannotBeReachedIsNamedOnTheStatusLineAndTheSecretIsNotShownAgain() throws Exception {
        StatusLine status = window.part(StatusLine.class);
        ResultsServerSection section = section();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        section.endpointText().setText("ftp://lrs.invalid/xAPI/");
        section.keyText().setText("office-key");
        section.homePageText().setText("https://training.example.org/north/");
        section.enabledButton().setSelection(true);
        section.pressSave();
        assertTrue(section.stateText().contains("https://"), "says what an address must be: " + section.stateText());
        assertFalse(sync.settings().configured() && sync.settings().endpoint().orElseThrow().getScheme().equals("ftp"),
                "nothing kept");

        String endpoint = "http://127.0.0.1:" + closedPort + "/xAPI/";
        section.endpointText().setText(endpoint);
        section.secretText().setText("s3cret-of-the-office");
        section.pressSave();
        assertEquals("", section.secretText().getText(), "the secret is not shown again");
        assertEquals(Messages.Results_secretKept, section.secretText().getMessage());
        assertEquals(Optional.of(URI.create(endpoint)), sync.settings().endpoint());
        assertEquals("office-key", sync.settings().key());

        // a lesson read: one result to send
        Learner learner = window.context.get(Learners.class).add("Olga " + System.nanoTime(), Optional.empty());
        window.context.get(ProgressStore.class).lessonRead(learner.id(),
                new LessonRef("sendero-starter", "trafficking-in-persons", "tip-definition", "tip-def-children"), "es");
        sync.pushNow();
        window.until(() -> sync.status().problem().isPresent()
                && status.resultsText().equals(new StatusText(Locale.getDefault(), ZoneId.systemDefault())
                        .line(sync.status())),
                Duration.ofSeconds(60),
                "the status line names the problem");
        assertEquals(SyncProblem.Kind.UNREACHABLE, sync.status().problem().get().kind());
        assertTrue(status.resultsText().contains("127.0.0.1:" + closedPort),
                "names the server: " + status.resultsText());
        assertFalse(status.resultsText().contains("s3cret"), status.resultsText());
        window.screenshot("results-server-unreachable");
    }

    @Test
    void anOfficeWithoutAResultsServerSeesNothingAboutIt() throws Exception {
        sync.configure(new SyncSettings(false, Optional.empty(), "", before.homePage()), Optional.empty());
        StatusLine status = window.part(StatusLine.class);
        window.until(() -> sync.status() != null, Duration.ofSeconds(10), "a status");
        assertEquals("", status.resultsText());
    }

    @Test
    void theReportReadsFromADayOrFromTheBeginning() throws Exception {
        assertEquals(Optional.of(Optional.empty()), org.sendero.ui.internal.reports.ServerResults.since(""));
        assertEquals(Optional.of(Optional.of(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneId.systemDefault())
                .toInstant())), org.sendero.ui.internal.reports.ServerResults.since(" 2026-12-01 "));
        assertEquals(Optional.empty(), org.sendero.ui.internal.reports.ServerResults.since("1/12/2026"));
    }
}

package org.sendero.ui.internal.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sendero.sync.LrsReader;
import org.sendero.sync.SyncException;
import org.sendero.ui.internal.sync.Messages;

/**
 * Reports > Read from the results server: the office's results stored since a day are read back
 * from the server into a result file, which the report then reads like any other, with the same
 * counting of a result sent twice.
 */
public final class ServerResults {

    private final LrsReader server;
    private final UISynchronize ui;

    ServerResults(LrsReader server, UISynchronize ui) {
        this.server = server;
        this.ui = ui;
    }

    /** Asks from which day, then reads in the background and hands the file to {@code read}. */
    void read(Shell shell, Consumer<List<Path>> read, Consumer<String> problem, Consumer<String> progress) {
        InputDialog since = new InputDialog(shell, Messages.Reports_sinceTitle, Messages.Reports_sinceQuestion, "",
                text -> since(text).isPresent() ? null : Messages.Reports_sinceInvalid);
        if (since.open() != Window.OK) {
            return;
        }
        Optional<java.time.Instant> from = since(since.getValue()).orElseThrow();
        progress.accept(Messages.Reports_reading);
        CompletableFuture.supplyAsync(() -> {
            try {
                Path file = Files.createTempFile("sendero-results-server-", ".json");
                file.toFile().deleteOnExit();
                return server.download(from, Optional.empty(), file);
            } catch (IOException | SyncException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((file, failure) -> ui.asyncExec(() -> {
            if (failure != null) {
                progress.accept("");
                problem.accept(String.valueOf(failure.getCause() == null ? failure : failure.getCause().getMessage()));
            } else {
                read.accept(List.of(file));
            }
        }));
    }

    /** Empty when the text is not a day; a present empty for "all". */
    public static Optional<Optional<java.time.Instant>> since(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional
                    .of(Optional.of(LocalDate.parse(text.strip()).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

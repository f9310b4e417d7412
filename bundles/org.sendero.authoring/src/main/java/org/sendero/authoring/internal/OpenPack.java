package org.sendero.authoring.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;

/**
 * The pack a trainer is writing: its folder, the validator's findings since the last save, and the
 * text being typed in the editors, for the parts that show them. Lives in the application's context;
 * used on the UI thread (the check itself runs on a thread of its own).
 */
public final class OpenPack {

    /** One check at a time, on a thread that never keeps the application from closing. */
    private static final Executor CHECKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "Sendero pack check");
        thread.setDaemon(true);
        return thread;
    });

    private final PackValidator validator;
    private final Executor ui;
    private long checksAsked;
    private long checksDone;
    private Optional<Path> folder = Optional.empty();
    private PackReport report = new PackReport(Optional.empty(), List.of());
    private final List<Runnable> packListeners = new ArrayList<>();
    private final List<Consumer<EditedText>> textListeners = new ArrayList<>();

    /**
     * @param ui runs a task on the UI thread: the parts hear of the pack there
     */
    public OpenPack(PackValidator validator, Executor ui) {
        this.validator = validator;
        this.ui = ui;
    }

    /** Shows the pack in {@code packFolder} and checks it. */
    public void open(Path packFolder) {
        folder = Optional.of(packFolder.toAbsolutePath().normalize());
        report = new PackReport(Optional.empty(), List.of());
        tellParts();
        validate();
    }

    /**
     * Checks the pack again, as saved on disk, away from the UI thread (a large pack takes a moment),
     * and tells the parts when done. Only the newest check's findings are shown.
     */
    public void validate() {
        Optional<Path> checked = folder;
        if (checked.isEmpty()) {
            return;
        }
        long request = ++checksAsked;
        CompletableFuture.supplyAsync(() -> validator.validate(checked.get()), CHECKER)
                .whenComplete((found, failure) -> ui.execute(() -> {
                    if (request != checksAsked || !checked.equals(folder)) {
                        return;
                    }
                    report = failure == null ? found
                            : new PackReport(Optional.empty(),
                                    List.of(Problem.error(".", 1, 1, String.valueOf(failure.getMessage()))));
                    checksDone++;
                    tellParts();
                }));
    }

    private void tellParts() {
        List.copyOf(packListeners).forEach(Runnable::run);
    }

    /** How many checks have reported, for whoever waits for the findings of a save. */
    public long checksDone() {
        return checksDone;
    }

    public Optional<Path> folder() {
        return folder;
    }

    public List<Problem> problems() {
        return report.problems();
    }

    public PackReport report() {
        return report;
    }

    /** The pack's id as the renderer needs it for the pack's images; the folder's name while pack.yaml is broken. */
    public String packId() {
        return report.pack().map(pack -> pack.info().id())
                .orElseGet(() -> folder.map(path -> path.getFileName().toString()).orElse("pack"));
    }

    /** An editor's text changed, or an editor came to the front with its text. */
    public void textShown(Path file, String text) {
        EditedText edited = new EditedText(file, text);
        List.copyOf(textListeners).forEach(listener -> listener.accept(edited));
    }

    public void onPackChange(Runnable listener) {
        packListeners.add(listener);
    }

    public void removePackListener(Runnable listener) {
        packListeners.remove(listener);
    }

    public void onText(Consumer<EditedText> listener) {
        textListeners.add(listener);
    }

    public void removeTextListener(Consumer<EditedText> listener) {
        textListeners.remove(listener);
    }

    /** The text of a file as it stands in its editor, saved or not. */
    public record EditedText(Path file, String text) {

        public boolean isMarkdown() {
            return file.getFileName().toString().endsWith(".md");
        }
    }
}

package org.sendero.authoring.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;

/**
 * The pack a trainer is writing: its folder, the validator's findings since the last save, and the
 * text being typed in the editors, for the parts that show them. Lives in the application's context;
 * used on the UI thread only.
 */
public final class OpenPack {

    private final PackValidator validator;
    private Optional<Path> folder = Optional.empty();
    private PackReport report = new PackReport(Optional.empty(), List.of());
    private final List<Runnable> packListeners = new ArrayList<>();
    private final List<Consumer<EditedText>> textListeners = new ArrayList<>();

    public OpenPack(PackValidator validator) {
        this.validator = validator;
    }

    /** Shows the pack in {@code packFolder} and checks it. */
    public void open(Path packFolder) {
        folder = Optional.of(packFolder.toAbsolutePath().normalize());
        validate();
    }

    /** Checks the pack again, as saved on disk, and tells the parts. */
    public void validate() {
        report = folder.map(validator::validate).orElseGet(() -> new PackReport(Optional.empty(), List.of()));
        List.copyOf(packListeners).forEach(Runnable::run);
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

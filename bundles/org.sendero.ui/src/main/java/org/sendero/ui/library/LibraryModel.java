package org.sendero.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.core.content.Course;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The installed packs as the workbench shows them, read once in the background and shared by the
 * library, the reader and the other parts; read again after an import.
 */
@Creatable
@Singleton
public final class LibraryModel {

    private final ContentLibrary content;
    private volatile List<Pack> packs = List.of();
    private volatile Map<String, Path> folders = Map.of();
    private final List<Consumer<List<Pack>>> listeners = new CopyOnWriteArrayList<>();
    private CompletableFuture<List<Pack>> firstLoad;

    @Inject
    public LibraryModel(ContentLibrary content) {
        this.content = content;
    }

    public List<Pack> packs() {
        return packs;
    }

    /** Called, on the thread that loaded, each time the packs have been read. */
    public void onChange(Consumer<List<Pack>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<Pack>> listener) {
        listeners.remove(listener);
    }

    /**
     * The first reading of the packs, started by whoever asks first (at start-up, before the
     * window is drawn, so that the library is ready as soon as the window is) and shared by all.
     */
    public synchronized CompletableFuture<List<Pack>> loaded() {
        if (firstLoad == null) {
            firstLoad = reload();
        }
        return firstLoad;
    }

    /** Reads every installed pack off the UI thread; completes with the packs or the problem. */
    public CompletableFuture<List<Pack>> reload() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                List<Pack> loaded = new ArrayList<>();
                Map<String, Path> where = new HashMap<>();
                for (InstalledPack installed : content.installed()) {
                    content.load(installed.info().id()).pack().ifPresent(loaded::add);
                    where.put(installed.info().id(), installed.folder());
                }
                folders = Map.copyOf(where);
                packs = List.copyOf(loaded);
                listeners.forEach(listener -> listener.accept(packs));
                return packs;
            } catch (ContentException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /** The installed folder of each pack, where its assets are. */
    public Map<String, Path> packFolders() {
        return folders;
    }

    public Optional<Pack> pack(String packId) {
        return packs.stream().filter(pack -> pack.id().equals(packId)).findFirst();
    }

    /** The lesson {@code lessonId} in the best of its languages, with the pack that holds it. */
    public Optional<Located<Lesson>> lesson(String lessonId, Languages languages) {
        for (Pack pack : packs) {
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    List<Lesson> versions = module.lessons().stream().filter(l -> l.id().equals(lessonId)).toList();
                    Optional<Lesson> best = languages.best(versions, Lesson::lang);
                    if (best.isPresent()) {
                        return Optional.of(new Located<>(pack.id(), best.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The guidance document {@code docId}, from {@code preferredPack} when it has one. */
    public Optional<Located<GuidanceDoc>> guidance(String docId, Optional<String> preferredPack, Languages languages) {
        List<Pack> ordered = new ArrayList<>(packs);
        preferredPack.ifPresent(id -> ordered.sort((a, b) -> Boolean.compare(!a.id().equals(id), !b.id().equals(id))));
        for (Pack pack : ordered) {
            List<GuidanceDoc> versions = pack.guidance().stream().filter(doc -> doc.id().equals(docId)).toList();
            Optional<GuidanceDoc> best = languages.best(versions, GuidanceDoc::lang);
            if (best.isPresent()) {
                return Optional.of(new Located<>(pack.id(), best.get()));
            }
        }
        return Optional.empty();
    }

    /** The languages a lesson or guidance document of {@code packId} is written in, in pack order. */
    public List<String> languagesOf(org.sendero.core.content.ContentLink.Kind kind, String id, String packId) {
        return pack(packId).map(pack -> kind == org.sendero.core.content.ContentLink.Kind.LESSON
                ? pack.courses().stream().flatMap(course -> course.modules().stream())
                        .flatMap(module -> module.lessons().stream()).filter(lesson -> lesson.id().equals(id))
                        .map(Lesson::lang).distinct().toList()
                : pack.guidance().stream().filter(doc -> doc.id().equals(id)).map(GuidanceDoc::lang).distinct()
                        .toList())
                .orElse(List.of());
    }

    /** The lessons before and after {@code lessonId} in its course, across module boundaries. */
    public Neighbours neighbours(String lessonId) {
        for (Pack pack : packs) {
            for (Course course : pack.courses()) {
                List<String> order = course.modules().stream().flatMap(module -> module.lessonIds().stream()).toList();
                int at = order.indexOf(lessonId);
                if (at >= 0) {
                    return new Neighbours(at > 0 ? Optional.of(order.get(at - 1)) : Optional.empty(),
                            at + 1 < order.size() ? Optional.of(order.get(at + 1)) : Optional.empty());
                }
            }
        }
        return new Neighbours(Optional.empty(), Optional.empty());
    }

    /** Something found in a pack. */
    public record Located<T>(String packId, T item) {
    }

    public record Neighbours(Optional<String> previous, Optional<String> next) {
    }
}

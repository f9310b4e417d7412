package org.sendero.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.content.LibraryListener;
import org.sendero.content.PackReport;
import org.sendero.core.SenderoEnvironment;
import org.sendero.search.Completion;
import org.sendero.search.IndexCheck;
import org.sendero.search.IndexActivity;
import org.sendero.search.IndexProgress;
import org.sendero.search.IndexReport;
import org.sendero.search.LibraryIndex;
import org.sendero.search.LibrarySearch;
import org.sendero.search.SearchException;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.index.PackSource;

/**
 * The search index of this process's data folder, kept up to date in the background: at start and
 * whenever a pack is installed or removed, on one thread of its own.
 */
@Component(service = { LibrarySearch.class, LibraryIndex.class, LibraryListener.class })
public final class SearchService implements LibrarySearch, LibraryIndex, LibraryListener {

    private static final System.Logger LOG = System.getLogger(SearchService.class.getName());

    private final ContentLibrary library;
    /** Opened on the index thread: reading the index's segments should not hold up whoever asked for the service first. */
    private final Future<SearchEngine> engine;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sendero-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final List<IndexActivity> activity = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closing;

    @Activate
    public SearchService(@Reference SenderoEnvironment environment, @Reference ContentLibrary library) {
        Path folder = environment.dataFolder().index();
        this.engine = background.submit(() -> new SearchEngine(folder));
        this.library = library;
        scheduleUpdate();
    }

    /** Outside OSGi (tests): no background updates, only explicit ones. Not public, so DS never picks it. */
    SearchService(SearchEngine engine, ContentLibrary library) {
        this.engine = CompletableFuture.completedFuture(engine);
        this.library = library;
    }

    /** The engine, once its index is open; a failure to open it is the failure of every use. */
    private SearchEngine engine() throws SearchException {
        try {
            return engine.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SearchException cause ? cause
                    : new SearchException("cannot open the search index: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("interrupted while the search index was opening", e);
        }
    }

    @Override
    public SearchResults search(SearchRequest request) throws SearchException {
        return engine().search(request);
    }

    @Override
    public List<Completion> complete(String prefix, String language, int limit) throws SearchException {
        return engine().complete(prefix, language, limit);
    }

    @Override
    public SearchResults related(String documentKey, String language, int limit) throws SearchException {
        return engine().related(documentKey, language, limit);
    }

    @Override
    public IndexReport update(IndexProgress progress) throws SearchException {
        return engine().update(sources(), progress, false);
    }

    @Override
    public IndexReport rebuild(IndexProgress progress) throws SearchException {
        return engine().update(sources(), progress, true);
    }

    @Override
    public void addActivityListener(IndexActivity listener) {
        activity.add(listener);
    }

    @Override
    public void removeActivityListener(IndexActivity listener) {
        activity.remove(listener);
    }

    @Override
    public void cancelBackgroundUpdate() {
        cancelRequested.set(true);
    }

    @Override
    public IndexCheck check() throws SearchException {
        return engine().check(sources());
    }

    @Override
    public void libraryChanged(String packId) {
        scheduleUpdate();
    }

    /** At most one update waits behind the running one: it will see every change made before it starts. */
    private void scheduleUpdate() {
        if (closing || !updateQueued.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            updateQueued.set(false);
            cancelRequested.set(false);
            int[] counts = new int[2];
            try {
                engine().update(sources(), new IndexProgress() {
                    @Override
                    public void started(int documents) {
                        counts[1] = documents;
                        activity.forEach(listener -> listener.started(documents));
                    }

                    @Override
                    public void worked(String document) {
                        counts[0]++;
                        activity.forEach(listener -> listener.worked(counts[0], counts[1]));
                    }

                    @Override
                    public boolean cancelled() {
                        return closing || cancelRequested.get();
                    }
                }, false);
            } catch (SearchException e) {
                LOG.log(System.Logger.Level.WARNING, "the search index was not updated: " + e.getMessage());
            } finally {
                boolean cancelled = cancelRequested.get();
                activity.forEach(listener -> listener.finished(counts[0], cancelled));
            }
        });
    }

    /** The installed packs; each is read only when the index does not have its current folder. */
    private List<PackSource> sources() throws SearchException {
        try {
            List<PackSource> sources = new ArrayList<>();
            for (InstalledPack pack : library.installed()) {
                String id = pack.info().id();
                sources.add(new PackSource(id, pack.folder().getFileName().toString(), () -> {
                    PackReport report = library.load(id);
                    return report.pack().orElseThrow(() -> new ContentException(report.problems()));
                }));
            }
            return sources;
        } catch (ContentException e) {
            throw new SearchException("cannot list the installed packs: " + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        closing = true;
        background.shutdown();
        if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
            background.shutdownNow();
        }
        if (engine.isDone() && !engine.isCancelled()) {
            try {
                engine().close();
            } catch (SearchException e) {
                // the index never opened: there is nothing to close
            }
        }
    }
}

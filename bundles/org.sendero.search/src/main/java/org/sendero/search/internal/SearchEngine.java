package org.sendero.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.sendero.search.Completion;
import org.sendero.search.IndexCheck;
import org.sendero.search.IndexProgress;
import org.sendero.search.IndexReport;
import org.sendero.search.SearchException;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.index.IndexSchema;
import org.sendero.search.internal.index.Indexer;
import org.sendero.search.internal.index.PackSource;
import org.sendero.search.internal.query.QueryBudget;
import org.sendero.search.internal.query.QueryText;

/**
 * The index in one folder: updates (one at a time, also across processes through Lucene's write
 * lock) and searches on a SearcherManager, which never wait for an update.
 */
public final class SearchEngine implements Closeable {

    /**
     * Lucene advises, once per process, to enable the incubating vector module; the advice is for
     * servers, users cannot act on it, and on the command line it would read as a problem. Held
     * here because the logging system keeps its loggers only weakly.
     */
    private static final java.util.logging.Logger VECTOR_ADVICE = java.util.logging.Logger
            .getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    static {
        VECTOR_ADVICE.setLevel(java.util.logging.Level.SEVERE);
    }

    /** How often a search looks for a commit made by another process (the command line). */
    private static final long REFRESH_CHECK_NANOS = 1_000_000_000L;

    private final Path folder;
    private final Directory directory;
    private final TextAnalysis analysis = new TextAnalysis();
    private final SearchRunner runner = new SearchRunner(analysis);
    private final ReentrantLock updating = new ReentrantLock();
    private final Indexer.StepListener steps;
    private final int commitEvery;
    private volatile SearcherManager searchers;
    private volatile long lastRefreshCheck;

    public SearchEngine(Path folder) throws SearchException {
        this(folder, Indexer.StepListener.NONE, Indexer.COMMIT_BY_TIME);
    }

    /** With a listener told after each document and a commit interval in documents, for tests that crash it on purpose. */
    public SearchEngine(Path folder, Indexer.StepListener steps, int commitEvery) throws SearchException {
        this.folder = folder.toAbsolutePath().normalize();
        this.steps = steps;
        this.commitEvery = commitEvery;
        try {
            Files.createDirectories(this.folder);
            this.directory = FSDirectory.open(this.folder);
        } catch (IOException e) {
            throw new SearchException(folder + ": cannot open the search index: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    public IndexReport update(List<PackSource> packs, IndexProgress progress, boolean rebuild) throws SearchException {
        updating.lock();
        try {
            IndexReport report = new Indexer(directory, analysis, steps, commitEvery).update(packs, progress, rebuild);
            refresh();
            return report;
        } catch (LockObtainFailedException e) {
            throw new SearchException(
                    folder + ": the index is being updated by another Sendero process; try again when it is done", e);
        } catch (IOException e) {
            throw new SearchException(folder + ": cannot update the search index: " + e.getMessage(), e);
        } finally {
            updating.unlock();
        }
    }

    public SearchResults search(SearchRequest request) throws SearchException {
        // before the index is opened: a query too long is refused alike with or without an index
        QueryBudget.standard().checkWords(QueryText.parse(request.query()));
        Optional<SearcherManager> manager = searchers();
        if (manager.isEmpty()) {
            return new SearchResults(request.query(), List.of(), Map.of(), List.of(), Optional.empty(), 0, 0);
        }
        try {
            IndexSearcher searcher = manager.get().acquire();
            try {
                return runner.search((Snapshot) searcher, request);
            } finally {
                manager.get().release(searcher);
            }
        } catch (SearchException e) {
            throw e; // a refused query, not a problem with the index
        } catch (IOException e) {
            throw new SearchException(folder + ": cannot search the index: " + e.getMessage(), e);
        }
    }

    /** Documents like the one of {@code documentKey}: see {@link org.sendero.search.LibrarySearch#related}. */
    public SearchResults related(String documentKey, String language, int limit) throws SearchException {
        Optional<SearcherManager> manager = searchers();
        if (manager.isEmpty()) {
            return new SearchResults("", List.of(), Map.of(), List.of(), Optional.empty(), 0, 0);
        }
        try {
            IndexSearcher searcher = manager.get().acquire();
            try {
                return runner.related((Snapshot) searcher, documentKey, language, limit);
            } finally {
                manager.get().release(searcher);
            }
        } catch (IOException e) {
            throw new SearchException(folder + ": cannot search the index: " + e.getMessage(), e);
        }
    }

    public List<Completion> complete(String prefix, String language, int limit) throws SearchException {
        Optional<SearcherManager> manager = searchers();
        if (manager.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = manager.get().acquire();
            try {
                return ((Snapshot) searcher).completions().complete(prefix, language, limit);
            } finally {
                manager.get().release(searcher);
            }
        } catch (IOException e) {
            throw new SearchException(folder + ": cannot read completions: " + e.getMessage(), e);
        }
    }

    /** Reads the last commit: its schema, counts, what an update would change, and Lucene's own check. */
    public IndexCheck check(List<PackSource> packs) throws SearchException {
        // after this process's own update, if one runs: Lucene's check needs the write lock too
        updating.lock();
        try {
            Map<String, String> data = Indexer.commitData(directory);
            if (data.isEmpty()) {
                return new IndexCheck("", 0, 0, 0, List.of(folder + ": there is no index yet; run 'sendero index'"));
            }
            List<String> problems = new ArrayList<>();
            if (!IndexSchema.matches(data)) {
                problems.add(folder + ": the index was written with schema " + IndexSchema.describe(data)
                        + " and other analysis settings; the next update rebuilds it");
            }
            long documents;
            long sections;
            int pending;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                documents = searcher.count(new TermQuery(new Term(IndexSchema.RECORD, IndexSchema.DOCUMENT)));
                sections = searcher.count(new TermQuery(new Term(IndexSchema.RECORD, IndexSchema.SECTION)));
                pending = Indexer.pending(reader, packs);
            }
            if (pending > 0) {
                problems.add(
                        folder + ": " + pending + " documents differ from the installed packs; run 'sendero index'");
            }
            try (CheckIndex checker = new CheckIndex(directory)) {
                CheckIndex.Status status = checker.checkIndex();
                if (!status.clean) {
                    problems.add(folder + ": Lucene's check found damaged segments; run 'sendero index --rebuild'");
                }
            } catch (LockObtainFailedException e) {
                problems.add(folder + ": the index is being updated by another Sendero process; check again later");
            }
            return new IndexCheck(IndexSchema.describe(data), documents, sections, pending, problems);
        } catch (IOException e) {
            throw new SearchException(folder + ": cannot read the search index: " + e.getMessage(), e);
        } finally {
            updating.unlock();
        }
    }

    private Optional<SearcherManager> searchers() throws SearchException {
        SearcherManager manager = searchers;
        long now = System.nanoTime();
        if (manager == null || now - lastRefreshCheck > REFRESH_CHECK_NANOS) {
            lastRefreshCheck = now;
            try {
                if (manager == null) {
                    refresh();
                } else {
                    manager.maybeRefresh(); // returns at once when another thread is refreshing
                }
            } catch (IOException e) {
                throw new SearchException(folder + ": cannot open the search index: " + e.getMessage(), e);
            }
        }
        return Optional.ofNullable(searchers);
    }

    private synchronized void refresh() throws IOException {
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        } else if (DirectoryReader.indexExists(directory)) {
            searchers = new SearcherManager(directory, Snapshot.factory(analysis));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        directory.close();
    }
}

package org.sendero.ui.internal.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.sendero.search.LibrarySearch;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;

/**
 * Runs searches off the UI thread and hands back only the answer to the last one asked: a person
 * who types, searches, changes a filter and searches again must not see an older answer arrive
 * last and replace the newer one.
 */
public final class SearchRunner {

    private final LibrarySearch search;
    private final UISynchronize ui;
    private final Executor executor;
    private final AtomicLong latest = new AtomicLong();

    public SearchRunner(LibrarySearch search, UISynchronize ui, Executor executor) {
        this.search = search;
        this.ui = ui;
        this.executor = executor;
    }

    /** A piece of work on the library's search: one search, or several that make one answer. */
    @FunctionalInterface
    public interface Task<T> {
        T run(LibrarySearch search) throws Exception;
    }

    /** Searches in the background; {@code onResults} or {@code onProblem} runs on the UI thread, for the last request only. */
    public void run(SearchRequest request, Consumer<SearchResults> onResults, Consumer<Throwable> onProblem) {
        submit(library -> library.search(request), onResults, onProblem);
    }

    /** Runs {@code task} in the background; the answer reaches the UI thread only if no other task was submitted since. */
    public <T> void submit(Task<T> task, Consumer<T> onResults, Consumer<Throwable> onProblem) {
        long ticket = latest.incrementAndGet();
        CompletableFuture.supplyAsync(() -> {
            try {
                return task.run(search);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor).whenComplete((results, problem) -> ui.asyncExec(() -> {
            if (ticket != latest.get()) {
                return;
            }
            if (problem != null) {
                onProblem.accept(problem.getCause() != null ? problem.getCause() : problem);
            } else {
                onResults.accept(results);
            }
        }));
    }
}

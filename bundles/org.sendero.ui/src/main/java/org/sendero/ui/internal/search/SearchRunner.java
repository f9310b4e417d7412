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

    /** Searches in the background; {@code onResults} or {@code onProblem} runs on the UI thread, for the last request only. */
    public void run(SearchRequest request, Consumer<SearchResults> onResults, Consumer<Throwable> onProblem) {
        long ticket = latest.incrementAndGet();
        CompletableFuture.supplyAsync(() -> {
            try {
                return search.search(request);
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

package org.sendero.ui.internal.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;

import jakarta.inject.Singleton;

/**
 * How the quick search hands its query to the search results page in the centre. The page may not
 * exist yet when the quick search asks (the workbench creates a part when it is first shown), so
 * a request asked while no page is open is kept for the page to search when it is created.
 */
@Creatable
@Singleton
public final class SearchPageRequests {

    /** The id of the search results page in the application model. */
    public static final String PAGE_PART = "org.sendero.part.searchPage";

    /** A query and the facet values checked with it. */
    public record Request(String query, Map<String, Set<String>> filters) {
        public Request {
            filters = Map.copyOf(filters);
        }
    }

    private final List<Consumer<Request>> pages = new CopyOnWriteArrayList<>();
    private Request pending;

    /** Hands the request to the open page, or keeps it for the page the workbench is about to create. */
    public synchronized void show(Request request) {
        pending = pages.isEmpty() ? request : null;
        pages.forEach(page -> page.accept(request));
    }

    /** The request asked while no page was open, once: a page created later searches it. */
    public synchronized Optional<Request> takePending() {
        Optional<Request> taken = Optional.ofNullable(pending);
        pending = null;
        return taken;
    }

    public void onShow(Consumer<Request> page) {
        pages.add(page);
    }

    public void removeOnShow(Consumer<Request> page) {
        pages.remove(page);
    }
}

package org.sendero.ui.internal.reader;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;

import jakarta.inject.Singleton;

/**
 * How the parts reach the reader and learn what was read: the library, search and progress ask it
 * to open something; the reader says when a lesson has been read to its end. Listeners are called
 * on the thread that asks, the UI thread in the workbench.
 */
@Creatable
@Singleton
public final class Navigator {

    private final List<Consumer<OpenRequest>> readers = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> readingListeners = new CopyOnWriteArrayList<>();

    public void open(OpenRequest request) {
        readers.forEach(reader -> reader.accept(request));
    }

    public void onOpen(Consumer<OpenRequest> reader) {
        readers.add(reader);
    }

    public void removeOnOpen(Consumer<OpenRequest> reader) {
        readers.remove(reader);
    }

    /** The reader has shown the end of lesson {@code lessonId}. */
    public void lessonRead(String lessonId) {
        readingListeners.forEach(listener -> listener.accept(lessonId));
    }

    public void onLessonRead(Consumer<String> listener) {
        readingListeners.add(listener);
    }

    public void removeOnLessonRead(Consumer<String> listener) {
        readingListeners.remove(listener);
    }
}

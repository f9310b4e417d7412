package org.sendero.ui.internal.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.progress.Attempt;
import org.sendero.progress.CompletionService;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonRef;
import org.sendero.progress.LessonState;
import org.sendero.progress.NextStep;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.ui.internal.learners.CurrentLearner;
import org.sendero.ui.internal.quiz.QuizLauncher;
import org.sendero.ui.internal.library.Languages;
import org.sendero.ui.internal.library.LibraryModel;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Records what the current learner opens and reads in the reader, and keeps a snapshot of their
 * progress for the parts that show it (My progress, the library's marks). The database is used on
 * one background thread of its own, so records keep their order and the UI never waits for a
 * commit; listeners are told on that thread once the snapshot is new.
 */
@Creatable
@Singleton
public final class ProgressTracker {

    private final CurrentLearner current;
    private final LibraryModel model;
    private final ProgressStore store;
    private final CompletionService completion;
    private final Languages languages = Languages.ofLocale(Locale.getDefault());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "Sendero progress");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Consumer<ProgressSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile ProgressSnapshot snapshot = ProgressSnapshot.NOBODY;

    @Inject
    public ProgressTracker(Navigator navigator, CurrentLearner current, LibraryModel model, ProgressStore store,
            CompletionService completion, QuizLauncher quizzes) {
        this.current = current;
        this.model = model;
        this.store = store;
        this.completion = completion;
        navigator.onLessonRead(this::lessonRead);
        navigator.onOpen(this::opened);
        current.onChange(learner -> refresh());
        model.onChange(packs -> refresh());
        // a finished attempt has updated the completions already: show the new scores and bars
        quizzes.onFinished(quiz -> refresh());
        refresh();
    }

    public ProgressSnapshot snapshot() {
        return snapshot;
    }

    public void onChange(Consumer<ProgressSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ProgressSnapshot> listener) {
        listeners.remove(listener);
    }

    /** Records that the current learner read a lesson to its end, completes what that completes. */
    public CompletableFuture<ProgressSnapshot> lessonRead(String lessonId) {
        Optional<Learner> learner = current.get();
        return learner.isEmpty() ? refresh() : work(() -> {
            Optional<Place> place = find(lessonId);
            if (place.isPresent()) {
                store.lessonRead(learner.get().id(), place.get().ref(), place.get().lang());
                completion.update(learner.get().id(), place.get().pack());
            }
            return read(learner);
        });
    }

    /** Remembers the lesson opened, so that "Continue" knows the course worked in last. */
    private void opened(OpenRequest request) {
        Optional<Learner> learner = current.get();
        if (learner.isEmpty() || request.link().kind() != ContentLink.Kind.LESSON) {
            return;
        }
        work(() -> {
            Optional<Place> place = find(request.link().id());
            if (place.isPresent()) {
                store.lessonOpened(learner.get().id(), place.get().ref(), place.get().lang());
            }
            return snapshot;
        });
    }

    /** Reads the current learner's progress again. */
    public CompletableFuture<ProgressSnapshot> refresh() {
        return work(() -> read(current.get()));
    }

    private CompletableFuture<ProgressSnapshot> work(ProgressWork work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                ProgressSnapshot before = snapshot;
                ProgressSnapshot after = work.run();
                if (after != before) {
                    snapshot = after;
                    listeners.forEach(listener -> listener.accept(after));
                }
                return after;
            } catch (ProgressException | RuntimeException e) {
                System.getLogger(ProgressTracker.class.getName()).log(System.Logger.Level.ERROR,
                        "Progress could not be read or recorded", e);
                throw new CompletionException(e);
            }
        }, worker);
    }

    private ProgressSnapshot read(Optional<Learner> learner) throws ProgressException {
        if (learner.isEmpty()) {
            return ProgressSnapshot.NOBODY;
        }
        String id = learner.get().id();
        List<Pack> packs = model.packs();
        List<CourseProgress> courses = new ArrayList<>();
        for (Pack pack : packs) {
            for (Course course : pack.courses()) {
                courses.add(completion.course(id, pack.id(), course));
            }
        }
        Set<String> read = new HashSet<>();
        for (LessonState lesson : store.lessons(id)) {
            if (lesson.read().isPresent()) {
                read.add(ProgressSnapshot.key(lesson.lesson().packId(), lesson.lesson().lessonId()));
            }
        }
        Map<String, Duration> time = new HashMap<>();
        Map<String, Double> last = new HashMap<>();
        for (Attempt attempt : store.attempts(id)) {
            String key = ProgressSnapshot.key(attempt.quiz().packId(), attempt.quiz().moduleId());
            time.merge(key, attempt.duration(), Duration::plus);
            // oldest first: the last finished attempt wins
            attempt.scaled().ifPresent(score -> last.put(key, score));
        }
        NextStep next = packs.isEmpty() ? new NextStep.AllDone() : completion.next(id, packs);
        return new ProgressSnapshot(learner, packs, courses, read, time, last, next);
    }

    /** Where lesson {@code lessonId} is, in the language the learner reads. */
    private Optional<Place> find(String lessonId) {
        for (Pack pack : model.packs()) {
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    if (module.lessonIds().contains(lessonId)) {
                        String lang = languages.best(module.lessons().stream().filter(l -> l.id().equals(lessonId)).toList(),
                                Lesson::lang).map(Lesson::lang).orElse(languages.preferred());
                        return Optional.of(new Place(pack, new LessonRef(pack.id(), course.id(), module.id(), lessonId), lang));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private record Place(Pack pack, LessonRef ref, String lang) {
    }

    @FunctionalInterface
    private interface ProgressWork {
        ProgressSnapshot run() throws ProgressException;
    }
}

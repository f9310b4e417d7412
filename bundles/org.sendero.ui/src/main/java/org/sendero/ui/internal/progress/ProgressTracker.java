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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;
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
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.quiz.QuizLauncher;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.internal.reader.Navigator;

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
    /** The places left in lessons, by "learner/pack/lesson": a quick return finds them before the snapshot has them. */
    private final Map<String, Integer> placesLeft = new ConcurrentHashMap<>();
    /** Who each lesson was last shown to, by lesson id. */
    private final Map<String, Learner> shownTo = new ConcurrentHashMap<>();

    @Inject
    public ProgressTracker(Navigator navigator, CurrentLearner current, LibraryModel model, ProgressStore store,
            CompletionService completion, QuizLauncher quizzes) {
        this.current = current;
        this.model = model;
        this.store = store;
        this.completion = completion;
        navigator.onLessonRead(this::lessonRead);
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

    /**
     * Remembers the lesson the reader shows, so that "Continue" knows the course worked in last;
     * the reader tells it however the lesson was opened (library, link, previous or next). The time
     * and place told for that lesson afterwards are this learner's, even once another is chosen.
     */
    public void lessonShown(String lessonId) {
        Optional<Learner> learner = current.get();
        if (learner.isEmpty()) {
            return;
        }
        shownTo.put(lessonId, learner.get());
        work(() -> {
            Optional<Place> place = find(lessonId);
            if (place.isPresent()) {
                store.lessonOpened(learner.get().id(), place.get().ref(), place.get().lang());
            }
            return snapshot;
        });
    }

    /** Adds a stretch of reading to the lesson's time; My progress then shows the new total. */
    public CompletableFuture<ProgressSnapshot> lessonTime(String lessonId, Duration read) {
        Optional<Learner> learner = reader(lessonId);
        Optional<Place> place = find(lessonId);
        if (learner.isEmpty() || place.isEmpty()) {
            return CompletableFuture.completedFuture(snapshot);
        }
        return work(() -> {
            store.lessonTime(learner.get().id(), place.get().ref(), read);
            // only the current learner's progress is on show
            return learner.map(Learner::id).equals(current.get().map(Learner::id)) ? read(learner) : snapshot;
        });
    }

    /** Remembers where the learner left a lesson, in thousandths of its page's height. */
    public CompletableFuture<ProgressSnapshot> lessonPlace(String lessonId, int place) {
        Optional<Learner> learner = reader(lessonId);
        Optional<Place> where = find(lessonId);
        if (learner.isEmpty() || where.isEmpty()) {
            return CompletableFuture.completedFuture(snapshot);
        }
        placesLeft.put(placeKey(learner.get(), where.get()), place);
        return work(() -> {
            store.lessonPosition(learner.get().id(), where.get().ref(), place);
            return snapshot;
        });
    }

    /** Where the current learner left a lesson, in thousandths of its page's height; 0 if never left. */
    public int lessonPlace(String lessonId) {
        Optional<Learner> learner = current.get();
        Optional<Place> where = find(lessonId);
        if (learner.isEmpty() || where.isEmpty()) {
            return 0;
        }
        Integer left = placesLeft.get(placeKey(learner.get(), where.get()));
        return left != null ? left : snapshot.place(where.get().pack().id(), lessonId);
    }

    private Optional<Learner> reader(String lessonId) {
        return Optional.ofNullable(shownTo.get(lessonId)).or(current::get);
    }

    private static String placeKey(Learner learner, Place place) {
        return learner.id() + "/" + ProgressSnapshot.key(place.pack().id(), place.ref().lessonId());
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
        Map<String, Integer> places = new HashMap<>();
        for (LessonState lesson : store.lessons(id)) {
            String key = ProgressSnapshot.key(lesson.lesson().packId(), lesson.lesson().lessonId());
            if (lesson.read().isPresent()) {
                read.add(key);
            }
            places.put(key, lesson.position());
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
        return new ProgressSnapshot(learner, packs, courses, read, time, last, places, next);
    }

    /** Where lesson {@code lessonId} is, in the language the learner reads. */
    private Optional<Place> find(String lessonId) {
        for (Pack pack : model.packs()) {
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    if (module.lessonIds().contains(lessonId)) {
                        String lang = languages
                                .best(module.lessons().stream().filter(l -> l.id().equals(lessonId)).toList(),
                                        Lesson::lang)
                                .map(Lesson::lang).orElse(languages.preferred());
                        return Optional.of(
                                new Place(pack, new LessonRef(pack.id(), course.id(), module.id(), lessonId), lang));
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

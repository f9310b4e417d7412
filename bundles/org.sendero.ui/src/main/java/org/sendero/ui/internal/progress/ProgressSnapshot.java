package org.sendero.ui.internal.progress;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.sendero.core.content.Pack;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.Learner;
import org.sendero.progress.ModuleProgress;
import org.sendero.progress.NextStep;

/**
 * What one learner has done, read once from the progress store for every part that shows it.
 *
 * @param readLessons "pack/lesson" of each lesson read
 * @param quizTime the time spent in quiz attempts per "pack/module"
 * @param lastScore the score of the last finished attempt per "pack/module", 0 to 1
 * @param places where the learner left each lesson per "pack/lesson", in thousandths of its page's height
 */
public record ProgressSnapshot(Optional<Learner> learner, List<Pack> packs, List<CourseProgress> courses,
        Set<String> readLessons, Map<String, Duration> quizTime, Map<String, Double> lastScore,
        Map<String, Integer> places, NextStep next) {

    public static final ProgressSnapshot NOBODY = new ProgressSnapshot(Optional.empty(), List.of(), List.of(), Set.of(),
            Map.of(), Map.of(), Map.of(), new NextStep.AllDone());

    public ProgressSnapshot {
        packs = List.copyOf(packs);
        courses = List.copyOf(courses);
        readLessons = Set.copyOf(readLessons);
        quizTime = Map.copyOf(quizTime);
        lastScore = Map.copyOf(lastScore);
        places = Map.copyOf(places);
    }

    public static String key(String packId, String id) {
        return packId + "/" + id;
    }

    public boolean lessonRead(String packId, String lessonId) {
        return readLessons.contains(key(packId, lessonId));
    }

    public Optional<ModuleProgress> module(String packId, String moduleId) {
        return courses.stream().filter(course -> course.packId().equals(packId))
                .flatMap(course -> course.modules().stream()).filter(module -> module.moduleId().equals(moduleId))
                .findFirst();
    }

    public Optional<CourseProgress> course(String packId, String courseId) {
        return courses.stream().filter(course -> course.packId().equals(packId) && course.courseId().equals(courseId))
                .findFirst();
    }

    public Duration quizTime(String packId, String moduleId) {
        return quizTime.getOrDefault(key(packId, moduleId), Duration.ZERO);
    }

    public OptionalDouble lastScore(String packId, String moduleId) {
        Double score = lastScore.get(key(packId, moduleId));
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** All the time spent in quizzes. */
    public Duration totalQuizTime() {
        return quizTime.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** The time spent in the quizzes of a course's modules. */
    public Duration quizTime(CourseProgress course) {
        return course.modules().stream().map(module -> quizTime(course.packId(), module.moduleId()))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** All the time spent reading the lessons of the installed courses. */
    public Duration totalReadingTime() {
        return courses.stream().map(CourseProgress::timeRead).reduce(Duration.ZERO, Duration::plus);
    }

    /** Where the learner left a lesson, in thousandths of its page's height; 0 if never left. */
    public int place(String packId, String lessonId) {
        return places.getOrDefault(key(packId, lessonId), 0);
    }

    /** Steps done and steps in a module: each lesson, and the quiz when it has one. */
    public static int[] steps(ModuleProgress module) {
        int total = module.lessonCount() + (module.hasQuiz() ? 1 : 0);
        int done = module.lessonsRead().size() + (module.hasQuiz() && module.quizPassed() ? 1 : 0);
        return new int[] { done, total };
    }

    public static int[] steps(CourseProgress course) {
        int done = 0;
        int total = 0;
        for (ModuleProgress module : course.modules()) {
            int[] steps = steps(module);
            done += steps[0];
            total += steps[1];
        }
        return new int[] { done, total };
    }
}

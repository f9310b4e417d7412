package org.sendero.progress.internal.completion;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.AttemptRule;
import org.sendero.progress.Attempt;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.LessonRef;
import org.sendero.progress.LessonState;
import org.sendero.progress.ModuleProgress;
import org.sendero.progress.NextStep;

/** Completion and the next step, from what a learner did and what the packs contain. No database. */
public final class CompletionRules {

    private final List<LessonState> lessons;
    private final List<Attempt> attempts;

    public CompletionRules(List<LessonState> lessons, List<Attempt> attempts) {
        this.lessons = List.copyOf(lessons);
        this.attempts = List.copyOf(attempts);
    }

    public ModuleProgress module(String packId, Course course, Module module) {
        Set<String> read = lessons.stream().filter(l -> l.read().isPresent() && in(l.lesson(), packId, course, module))
                .map(l -> l.lesson().lessonId()).collect(Collectors.toSet());
        List<String> readInOrder = module.lessonIds().stream().filter(read::contains).toList();
        // the language versions of a quiz share its id and attempt limit
        Optional<Quiz> quiz = module.quizzes().stream().findFirst();
        List<Attempt> quizAttempts = quiz.map(q -> attempts.stream().filter(a -> a.quiz().packId().equals(packId)
                && a.quiz().courseId().equals(course.id()) && a.quiz().moduleId().equals(module.id())
                && a.quiz().quizId().equals(q.id())).toList()).orElse(List.of());
        boolean passed = quizAttempts.stream().anyMatch(a -> a.passed().orElse(false));
        OptionalDouble best = quizAttempts.stream().filter(a -> a.scaled().isPresent())
                .mapToDouble(a -> a.scaled().getAsDouble()).max();
        int left = quiz.map(q -> AttemptRule.remaining(q, quizAttempts.size())).orElse(0);
        // all the time spent in the module counts, also in a lesson a newer pack version dropped
        Duration timeRead = lessons.stream().filter(l -> in(l.lesson(), packId, course, module))
                .map(LessonState::timeRead)
                .reduce(Duration.ZERO, Duration::plus);
        return new ModuleProgress(packId, course.id(), module.id(), readInOrder, module.lessonIds().size(),
                quiz.isPresent(),
                passed, quizAttempts.size(), left, best, timeRead);
    }

    public CourseProgress course(String packId, Course course) {
        return new CourseProgress(packId, course.id(),
                course.modules().stream().map(m -> module(packId, course, m)).toList());
    }

    public NextStep next(List<Pack> packs) {
        List<CourseInPack> courses = packs.stream()
                .flatMap(pack -> pack.courses().stream().map(course -> new CourseInPack(pack.id(), course))).toList();
        Optional<String[]> last = lastActivity();
        // the course worked in last comes first, then the others in the packs' order
        List<CourseInPack> ordered = last.map(where -> {
            List<CourseInPack> first = courses.stream()
                    .filter(c -> c.packId.equals(where[0]) && c.course.id().equals(where[1])).toList();
            List<CourseInPack> rest = courses.stream().filter(c -> !first.contains(c)).toList();
            return java.util.stream.Stream.concat(first.stream(), rest.stream()).toList();
        }).orElse(courses);
        for (CourseInPack entry : ordered) {
            for (Module module : entry.course.modules()) {
                ModuleProgress progress = module(entry.packId, entry.course, module);
                if (progress.complete()) {
                    continue;
                }
                Optional<NextStep> step = nextIn(entry.packId, entry.course, module, progress);
                if (step.isPresent()) {
                    return step.get();
                }
            }
        }
        return new NextStep.AllDone();
    }

    private Optional<NextStep> nextIn(String packId, Course course, Module module, ModuleProgress progress) {
        // a lesson opened and left unread, most recent first, reopens where it was left
        Optional<LessonState> leftOpen = lessons.stream()
                .filter(l -> l.read().isEmpty() && in(l.lesson(), packId, course, module)
                        && module.lessonIds().contains(l.lesson().lessonId()))
                .max(Comparator.comparing(LessonState::lastOpened));
        if (leftOpen.isPresent()) {
            return Optional.of(new NextStep.ReadLesson(leftOpen.get().lesson(), leftOpen.get().position()));
        }
        Optional<String> unread = module.lessonIds().stream().filter(id -> !progress.lessonsRead().contains(id))
                .findFirst();
        if (unread.isPresent()) {
            return Optional
                    .of(new NextStep.ReadLesson(new LessonRef(packId, course.id(), module.id(), unread.get()), 0));
        }
        if (progress.hasQuiz() && !progress.quizPassed() && progress.attemptsLeft() > 0) {
            String quizId = module.quizzes().get(0).id();
            return Optional.of(new NextStep.TakeQuiz(packId, course.id(), module.id(), quizId));
        }
        // no attempts left: this module cannot be completed here; a trainer has to step in
        return Optional.empty();
    }

    /** The pack and course of the most recent lesson opened or attempt started. */
    private Optional<String[]> lastActivity() {
        Optional<LessonState> lesson = lessons.stream().max(Comparator.comparing(LessonState::lastOpened));
        Optional<Attempt> attempt = attempts.stream().max(Comparator.comparing(Attempt::started));
        if (lesson.isPresent() && (attempt.isEmpty() || !lesson.get().lastOpened().isBefore(attempt.get().started()))) {
            return Optional.of(new String[] { lesson.get().lesson().packId(), lesson.get().lesson().courseId() });
        }
        return attempt.map(a -> new String[] { a.quiz().packId(), a.quiz().courseId() });
    }

    private static boolean in(LessonRef lesson, String packId, Course course, Module module) {
        return lesson.packId().equals(packId) && lesson.courseId().equals(course.id())
                && lesson.moduleId().equals(module.id());
    }

    private record CourseInPack(String packId, Course course) {
    }
}

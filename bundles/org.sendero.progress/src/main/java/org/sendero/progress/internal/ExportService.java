package org.sendero.progress.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.JsonOutput;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.ExportOptions;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ModuleProgress;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressExport;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.internal.completion.CompletionRules;
import org.sendero.progress.export.Csv;
import org.sendero.progress.export.XapiStatements;

/** xAPI and CSV export of the progress store. */
@Component(service = ProgressExport.class)
public final class ExportService implements ProgressExport {

    /** The columns of {@link #csvModules}, in order; documented in docs/PROGRESS.md. */
    public static final List<String> MODULE_COLUMNS = List.of("learner", "learner_id", "pack", "course", "module",
            "lessons_read", "lessons_total", "quiz_attempts", "best_score_percent", "quiz_passed", "completed",
            "completed_at", "seconds_read");
    /** The columns of {@link #csvAnswers}, in order. */
    public static final List<String> ANSWER_COLUMNS = List.of("learner", "learner_id", "pack", "course", "module",
            "quiz",
            "attempt_id", "attempt_started", "item", "response", "credit", "correct", "answered_at", "seconds");

    private final Learners learners;
    private final ProgressStore store;
    private final PracticeService practice;

    @Activate
    public ExportService(@Reference Learners learners, @Reference ProgressStore store,
            @Reference PracticeService practice) {
        this.learners = learners;
        this.store = store;
        this.practice = practice;
    }

    @Override
    public void xapi(OutputStream out, ExportOptions options, List<Pack> packs) throws IOException {
        XapiStatements statements = new XapiStatements(options.homePage(), packs);
        JsonArray all = new JsonArray();
        LearnerStatements byLearner = new LearnerStatements(store, practice);
        for (Learner learner : learners(options)) {
            byLearner.all(learner, statements).forEach(all::add);
        }
        out.write(JsonOutput.write(all).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }

    @Override
    public void csvModules(OutputStream out, ExportOptions options, List<Pack> packs) throws IOException {
        try (Csv csv = new Csv(out)) {
            csv.row(MODULE_COLUMNS);
            for (Learner learner : learners(options)) {
                CompletionRules rules = new CompletionRules(store.lessons(learner.id()), store.attempts(learner.id()));
                List<Completion> completions = store.completions(learner.id());
                for (Pack pack : packs) {
                    for (Course course : pack.courses()) {
                        for (Module module : course.modules()) {
                            ModuleProgress progress = rules.module(pack.id(), course, module);
                            Optional<Completion> completion = completions.stream()
                                    .filter(c -> c.packId().equals(pack.id())
                                            && c.courseId().equals(course.id())
                                            && c.moduleId().equals(Optional.of(module.id())))
                                    .findFirst();
                            csv.row(Arrays.asList(learner.name(), learner.id(), pack.id(), course.id(), module.id(),
                                    progress.lessonsRead().size(), progress.lessonCount(), progress.attemptsStarted(),
                                    progress.bestScaled().isPresent()
                                            ? Math.round(progress.bestScaled().getAsDouble() * 1000) / 10.0 : null,
                                    progress.hasQuiz() ? progress.quizPassed() : null, progress.complete(),
                                    completion.map(c -> c.completed().toString()).orElse(null),
                                    progress.timeRead().toMillis() / 1000.0));
                        }
                    }
                }
            }
        }
    }

    @Override
    public void csvAnswers(OutputStream out, ExportOptions options) throws IOException {
        try (Csv csv = new Csv(out)) {
            csv.row(ANSWER_COLUMNS);
            for (Learner learner : learners(options)) {
                for (Attempt attempt : store.attempts(learner.id())) {
                    for (RecordedAnswer answer : store.answers(attempt.id())) {
                        csv.row(Arrays.asList(learner.name(), learner.id(), attempt.quiz().packId(),
                                attempt.quiz().courseId(), attempt.quiz().moduleId(), attempt.quiz().quizId(),
                                attempt.id(),
                                attempt.started().toString(), answer.itemId(), answer.response().encode(),
                                answer.credit(),
                                answer.credit() == 1.0, answer.answered().toString(),
                                answer.duration().toMillis() / 1000.0));
                    }
                }
            }
        }
    }

    private List<Learner> learners(ExportOptions options) throws ProgressException {
        List<Learner> all = new ArrayList<>(learners.list());
        if (options.learnerId().isPresent()) {
            all.removeIf(learner -> !learner.id().equals(options.learnerId().get()));
            if (all.isEmpty()) {
                throw new ProgressException("no learner with id " + options.learnerId().get());
            }
        }
        return all;
    }
}

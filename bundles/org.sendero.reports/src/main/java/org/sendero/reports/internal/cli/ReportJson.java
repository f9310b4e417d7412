package org.sendero.reports.internal.cli;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.sendero.progress.export.Json;
import org.sendero.reports.CompletionMatrix;
import org.sendero.reports.CompletionState;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.ModuleRef;
import org.sendero.reports.QuestionStats;
import org.sendero.reports.ReportData;

/** The {@code --json} form of a report, documented in docs/REPORTS.md: keys always present, in this order. */
final class ReportJson {

    private ReportJson() {
    }

    static String write(ReportData report) {
        Map<String, Object> root = Json.object();
        List<Object> files = Json.array();
        report.files().forEach(file -> files.add(file.toString()));
        root.put("files", files);
        List<Object> problems = Json.array();
        for (LoadProblem problem : report.problems()) {
            Map<String, Object> entry = Json.object();
            entry.put("file", problem.file().toString());
            entry.put("line", problem.line() > 0 ? problem.line() : null);
            entry.put("column", problem.column() > 0 ? problem.column() : null);
            entry.put("message", problem.message());
            problems.add(entry);
        }
        root.put("problems", problems);
        root.put("statements", report.statements());
        root.put("duplicates", report.duplicates());
        root.put("modules", modules(report.completion()));
        root.put("learners", learners(report.completion()));
        List<Object> questions = Json.array();
        report.questions().forEach(q -> questions.add(question(q)));
        root.put("questions", questions);
        List<Object> missed = Json.array();
        report.mostMissed().forEach(q -> missed.add(q.activityId()));
        root.put("most_missed", missed);
        return Json.write(root, 2);
    }

    private static List<Object> modules(CompletionMatrix matrix) {
        List<Object> modules = Json.array();
        for (int m = 0; m < matrix.modules().size(); m++) {
            ModuleRef module = matrix.modules().get(m);
            Map<String, Object> entry = moduleIds(module);
            entry.put("title", module.title());
            for (CompletionState state : CompletionState.values()) {
                int column = m;
                entry.put(state.key(), (int) matrix.states().stream().filter(row -> row.get(column) == state).count());
            }
            modules.add(entry);
        }
        return modules;
    }

    private static List<Object> learners(CompletionMatrix matrix) {
        List<Object> learners = Json.array();
        for (int l = 0; l < matrix.learners().size(); l++) {
            Map<String, Object> entry = Json.object();
            entry.put("learner", matrix.learners().get(l).name());
            entry.put("learner_id", matrix.learners().get(l).id());
            entry.put("home_page", matrix.learners().get(l).homePage());
            List<Object> modules = Json.array();
            for (int m = 0; m < matrix.modules().size(); m++) {
                Map<String, Object> cell = moduleIds(matrix.modules().get(m));
                cell.put("state", matrix.state(l, m).key());
                modules.add(cell);
            }
            entry.put("modules", modules);
            learners.add(entry);
        }
        return learners;
    }

    private static Map<String, Object> moduleIds(ModuleRef module) {
        Map<String, Object> entry = Json.object();
        entry.put("pack", module.packId());
        entry.put("course", module.courseId());
        entry.put("module", module.moduleId());
        return entry;
    }

    private static Map<String, Object> question(QuestionStats q) {
        Map<String, Object> entry = Json.object();
        entry.put("activity_id", q.activityId());
        entry.put("pack", q.packId());
        entry.put("course", q.courseId());
        entry.put("module", q.moduleId());
        entry.put("quiz", q.quizId());
        entry.put("item", q.itemId());
        entry.put("title", q.title());
        entry.put("answers", q.answers());
        entry.put("correct", q.correct());
        entry.put("difficulty", rounded(OptionalDouble.of(q.difficulty())));
        entry.put("discrimination", rounded(q.discrimination()));
        entry.put("ref", q.ref().orElse(null));
        entry.put("ref_title", q.refTitle().orElse(null));
        return entry;
    }

    /**
     * Four decimals are more than answers counted by people can tell apart. A value that is not a
     * finite number is no figure: null, never a 0 that Math.round makes of NaN.
     */
    static Double rounded(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble())
                ? Math.round(value.getAsDouble() * 10000) / 10000.0 : null;
    }
}

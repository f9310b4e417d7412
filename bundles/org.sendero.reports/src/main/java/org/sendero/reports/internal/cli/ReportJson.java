package org.sendero.reports.internal.cli;

import java.util.OptionalDouble;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.sendero.cli.JsonOutput;
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
        JsonObject root = new JsonObject();
        JsonArray files = new JsonArray();
        report.files().forEach(file -> files.add(file.toString()));
        root.add("files", files);
        JsonArray problems = new JsonArray();
        for (LoadProblem problem : report.problems()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("file", problem.file().toString());
            entry.addProperty("line", problem.line() > 0 ? problem.line() : null);
            entry.addProperty("column", problem.column() > 0 ? problem.column() : null);
            entry.addProperty("message", problem.message());
            problems.add(entry);
        }
        root.add("problems", problems);
        root.addProperty("statements", report.statements());
        root.addProperty("duplicates", report.duplicates());
        root.add("modules", modules(report.completion()));
        root.add("learners", learners(report.completion()));
        JsonArray questions = new JsonArray();
        report.questions().forEach(q -> questions.add(question(q)));
        root.add("questions", questions);
        JsonArray missed = new JsonArray();
        report.mostMissed().forEach(q -> missed.add(q.activityId()));
        root.add("most_missed", missed);
        return JsonOutput.write(root);
    }

    private static JsonArray modules(CompletionMatrix matrix) {
        JsonArray modules = new JsonArray();
        for (int m = 0; m < matrix.modules().size(); m++) {
            ModuleRef module = matrix.modules().get(m);
            JsonObject entry = moduleIds(module);
            entry.addProperty("title", module.title());
            for (CompletionState state : CompletionState.values()) {
                int column = m;
                entry.addProperty(state.key(),
                        (int) matrix.states().stream().filter(row -> row.get(column) == state).count());
            }
            modules.add(entry);
        }
        return modules;
    }

    private static JsonArray learners(CompletionMatrix matrix) {
        JsonArray learners = new JsonArray();
        for (int l = 0; l < matrix.learners().size(); l++) {
            JsonObject entry = new JsonObject();
            entry.addProperty("learner", matrix.learners().get(l).name());
            entry.addProperty("learner_id", matrix.learners().get(l).id());
            entry.addProperty("home_page", matrix.learners().get(l).homePage());
            JsonArray modules = new JsonArray();
            for (int m = 0; m < matrix.modules().size(); m++) {
                JsonObject cell = moduleIds(matrix.modules().get(m));
                cell.addProperty("state", matrix.state(l, m).key());
                modules.add(cell);
            }
            entry.add("modules", modules);
            learners.add(entry);
        }
        return learners;
    }

    private static JsonObject moduleIds(ModuleRef module) {
        JsonObject entry = new JsonObject();
        entry.addProperty("pack", module.packId());
        entry.addProperty("course", module.courseId());
        entry.addProperty("module", module.moduleId());
        return entry;
    }

    private static JsonObject question(QuestionStats q) {
        JsonObject entry = new JsonObject();
        entry.addProperty("activity_id", q.activityId());
        entry.addProperty("pack", q.packId());
        entry.addProperty("course", q.courseId());
        entry.addProperty("module", q.moduleId());
        entry.addProperty("quiz", q.quizId());
        entry.addProperty("item", q.itemId());
        entry.addProperty("title", q.title());
        entry.addProperty("answers", q.answers());
        entry.addProperty("correct", q.correct());
        entry.add("difficulty", figure(rounded(OptionalDouble.of(q.difficulty()))));
        entry.add("discrimination", figure(rounded(q.discrimination())));
        entry.addProperty("ref", q.ref().orElse(null));
        entry.addProperty("ref_title", q.refTitle().orElse(null));
        return entry;
    }

    /** A whole figure without a fraction ({@code "difficulty": 0}), none as null. */
    private static JsonElement figure(Double value) {
        return value == null ? JsonNull.INSTANCE : JsonOutput.number(value);
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

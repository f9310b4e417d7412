package org.sendero.reports.internal.output;

import java.util.ArrayList;
import java.util.List;

import org.sendero.reports.CompletionMatrix;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.ModuleRef;
import org.sendero.reports.QuestionStats;
import org.sendero.reports.ReportData;
import org.sendero.reports.internal.output.ReportTable.Column;

/** The tables and charts of a report, built once for every output format. */
public final class ReportTables {

    private ReportTables() {
    }

    /**
     * The tables and charts of a report by name, for the printed formats that place each where
     * it reads best.
     */
    public record Contents(ReportTable completion, ReportTable questions, ReportTable mostMissed, ReportTable files,
            BarChart modulesChart, BarChart questionsChart) {

        /** The tables in the order the data formats write them. */
        public List<ReportTable> tables() {
            return List.of(completion, questions, mostMissed, files);
        }
    }

    public static Contents contents(ReportData report, ReportWords words) {
        return new Contents(completion(report.completion(), words), questions(report.questions(), words),
                mostMissed(report.mostMissed(), words), files(report, words), modulesChart(report, words),
                questionsChart(report, words));
    }

    /** The tables in the order the data formats write them: completion, questions, most missed, files. */
    public static List<ReportTable> tables(ReportData report, ReportWords words) {
        return contents(report, words).tables();
    }

    /** How many learners completed each module. */
    static BarChart modulesChart(ReportData report, ReportWords words) {
        CompletionMatrix matrix = report.completion();
        List<BarChart.Bar> modules = new ArrayList<>();
        for (int m = 0; m < matrix.modules().size(); m++) {
            double share = matrix.learners().isEmpty() ? 0
                    : (double) matrix.completedCount(m) / matrix.learners().size();
            modules.add(new BarChart.Bar(matrix.modules().get(m).title(), share,
                    matrix.completedCount(m) + "/" + matrix.learners().size()));
        }
        return new BarChart(words.get("chartModules"), modules);
    }

    /** The difficulty of each question. */
    static BarChart questionsChart(ReportData report, ReportWords words) {
        List<BarChart.Bar> questions = report.questions().stream()
                .map(q -> new BarChart.Bar(q.itemId() + " \u2013 " + q.title(), q.difficulty(),
                        words.share(q.difficulty())))
                .toList();
        return new BarChart(words.get("chartQuestions"), questions);
    }

    /** A cell as the printed reports show it. */
    public static String display(Object cell, ReportWords words) {
        return switch (cell) {
            case null -> "";
            case Double share -> words.share(share);
            case org.sendero.reports.CompletionState state -> words.state(state);
            default -> cell.toString();
        };
    }

    static ReportTable completion(CompletionMatrix matrix, ReportWords words) {
        List<Column> columns = new ArrayList<>(List.of(new Column("learner", words.get("learner"), true),
                new Column("learner_id", words.get("learnerId"), false)));
        for (ModuleRef module : matrix.modules()) {
            columns.add(new Column(module.path(), module.title(), true));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int l = 0; l < matrix.learners().size(); l++) {
            List<Object> row = new ArrayList<>(List.of(matrix.learners().get(l).name(), matrix.learners().get(l).id()));
            row.addAll(matrix.states().get(l));
            rows.add(row);
        }
        return new ReportTable("completion", words.get("completion"), columns, rows);
    }

    static ReportTable questions(List<QuestionStats> questions, ReportWords words) {
        List<Column> columns = List.of(new Column("activity_id", "", false), new Column("pack", "", false),
                new Column("course", "", false), new Column("module", words.get("module"), true),
                new Column("quiz", "", false), new Column("item", words.get("item"), true),
                new Column("title", words.get("question"), true), new Column("answers", words.get("answers"), true),
                new Column("correct", words.get("correct"), true),
                new Column("difficulty", words.get("difficulty"), true),
                new Column("discrimination", words.get("discrimination"), true),
                new Column("ref", words.get("ref"), true), new Column("ref_title", "", false));
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionStats q : questions) {
            rows.add(java.util.Arrays.asList(q.activityId(), q.packId(), q.courseId(), q.moduleId(), q.quizId(),
                    q.itemId(), q.title(), q.answers(), q.correct(), q.difficulty(),
                    q.discrimination().isPresent() ? (Object) q.discrimination().getAsDouble() : null,
                    q.ref().orElse(null), q.refTitle().orElse(null)));
        }
        return new ReportTable("questions", words.get("questions"), columns, rows);
    }

    static ReportTable mostMissed(List<QuestionStats> questions, ReportWords words) {
        List<Column> columns = List.of(new Column("rank", words.get("rank"), true),
                new Column("activity_id", "", false), new Column("title", words.get("question"), true),
                new Column("answers", words.get("answers"), true), new Column("wrong", words.get("wrong"), true),
                new Column("difficulty", words.get("difficulty"), true), new Column("ref", "", false),
                new Column("ref_title", words.get("ref"), true));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionStats q = questions.get(i);
            // printed: the guidance title when the pack is installed, else the link, else the activity id
            String shown = q.refTitle().or(q::ref).orElse(q.activityId());
            rows.add(java.util.Arrays.asList(i + 1, q.activityId(), q.title(), q.answers(), q.wrong(), q.difficulty(),
                    q.ref().orElse(null), shown));
        }
        return new ReportTable("most_missed", words.get("mostMissed"), columns, rows);
    }

    static ReportTable files(ReportData report, ReportWords words) {
        List<Column> columns = List.of(new Column("file", words.get("file"), true),
                new Column("line", "", false), new Column("column", "", false),
                new Column("problem", words.get("problem"), true));
        List<List<Object>> rows = new ArrayList<>();
        report.files().forEach(file -> rows.add(java.util.Arrays.asList(file.toString(), null, null, null)));
        for (LoadProblem problem : report.problems()) {
            rows.add(java.util.Arrays.asList(problem.file().toString(), problem.line() > 0 ? problem.line() : null,
                    problem.column() > 0 ? problem.column() : null, problem.toString()));
        }
        return new ReportTable("files", words.get("files"), columns, rows);
    }
}

package org.sendero.reports.internal.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sendero.core.content.Pack;
import org.sendero.reports.LoadProblem;
import org.sendero.reports.QuestionStats;
import org.sendero.reports.ReportData;
import org.sendero.reports.internal.read.ResultFileException;
import org.sendero.reports.internal.read.Statement;
import org.sendero.reports.internal.read.StatementPool;
import org.sendero.reports.internal.read.StatementReader;

/** Reads the files, each statement once, and works out the report against the installed packs. */
public final class ReportAssembler {

    private final StatementReader reader = new StatementReader();

    public ReportData build(List<Path> files, List<Pack> packs, String language) {
        StatementPool pool = new StatementPool();
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        for (Path file : files) {
            try {
                pool.addAll(reader.read(file));
                read.add(file);
            } catch (ResultFileException e) {
                problems.add(e.problem());
            } catch (RuntimeException e) {
                // a flaw no check foresaw is still this file's problem, never the whole report's
                problems.add(new LoadProblem(file, 0, 0, "cannot be read: " + e));
            }
        }
        List<Statement> statements = pool.statements();
        InstalledContent content = new InstalledContent(packs);
        List<QuestionStats> questions = QuestionStatistics.of(statements, content, language);
        return new ReportData(read, problems, statements.size(), pool.duplicates(),
                CompletionStates.of(statements, content, language), questions,
                QuestionStatistics.mostMissed(questions));
    }
}

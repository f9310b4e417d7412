package org.sendero.reports.internal.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sendero.reports.CompletionState;
import org.sendero.core.AtomicFiles;
import org.sendero.reports.ReportData;

/**
 * Every table of a report as a CSV file of its own, in the format of the progress export (UTF-8
 * with a byte order mark, CRLF, numbers unquoted, formulas defused): headers are machine names and
 * completion states their JSON words, so that scripts and spreadsheets read them alike.
 */
final class CsvTables {

    private CsvTables() {
    }

    static List<Path> write(ReportData report, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportTable table : ReportTables.tables(report, new ReportWords(Locale.ENGLISH))) {
            Path file = folder.resolve(table.csvName() + ".csv");
            AtomicFiles.write(file, out -> {
                CsvWriter csv = new CsvWriter(out);
                csv.row(table.columns().stream().map(ReportTable.Column::csvName).toList());
                for (List<Object> row : table.rows()) {
                    csv.row(row.stream().map(cell -> cell instanceof CompletionState state ? state.key() : cell)
                            .toList());
                }
                csv.flush();
            });
            written.add(file);
        }
        return written;
    }
}
